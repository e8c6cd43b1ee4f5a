import { COORDINATOR, SALES, Term, combos, role, terms } from '../cue';

// cs_coordinator is customer service + a coordinator word (or an order-coordinator title);
// sales_support is back office for salespeople, and sales + coordinator. Retail "sales
// assistant" is weak: the classifier confirms it from the description and vetoes it on a shop floor.

const SALES_SUPPORT = role('sales_support');

export const COORDINATOR_TERMS: Term[] = [
  ...terms(
    ['coordinator*', 'co ordinator*', '*koordinator*', '*koordinaator*', '*koordynator*', '*koordinaattori*', '*συντονιστ*',
      'samordnare', '*koordinatorin*', 'coördinator'],
    COORDINATOR,
  ),
  // "Care coordinator" is clinical (a hard negative), but not inside "customer care coordinator".
  ...terms(
    combos(['customer', 'client', 'guest', 'member', 'consumer'], ['care coordinator*', 'care co ordinator*']),
    role('customer_service'),
    COORDINATOR,
  ),
  // Order coordinators in every language: they carry an order from customer to delivery.
  ...terms(
    ['*orderkoordinator*', '*ordrekoordinator*', '*tilauskoordinaattori*', 'order coordinator*', 'order management coordinator',
      'customer order coordinator', 'booking coordinator*', 'orders coordinator*', 'order processing coordinator*',
      ...combos(['tellimuste', 'tellimuse'], ['koordinaator', 'koordinaatorit', 'koordinaatori']), '*tellimuskoordinaator*',
      'ordre koordinator', 'order koordinator', '*auftragskoordinat*', 'koordinator auftragsabwicklung',
      ...combos(['koordynator', 'koordynatorka', 'koordynatora'], ['zamówień', 'ds zamówień', 'realizacji zamówień', 'ds realizacji zamówień']),
      ...combos(['συντονιστής', 'συντονίστρια', 'συντονιστή', 'συντονιστών'], ['παραγγελιών'])],
    role('cs_coordinator'),
  ),
];

export const SALES_TERMS: Term[] = [
  ...terms(
    ['sales', 'salgs*', 'sälj*', 'försäljning*', 'myynti*', 'myynnin', '*vertrieb*', 'verkauf*', 'sprzedaży', 'sprzedaż',
      'πωλήσεων', 'müügi*', 'commercial'],
    SALES,
  ),
  ...terms(
    [
      'sales support*', 'sales administrat*', 'sales admin', 'sales office', 'sales back office', 'back office sales',
      'sales secretary', 'commercial assistant', 'sales operations assistant', 'sales order*', 'sales desk',
      // et
      '*müügiassistent*', '*müügitugi*', '*müügitoe*', '*müügituge*', '*müügisekretär*',
      // nb, da, sv
      '*salgsstøtte*', '*salgsassistent*', '*salgsadministra*', '*salgssekretær*', '*salgssupport*', '*salgsstøtte*',
      '*säljsupport*', '*säljassistent*', '*säljadministrat*', '*försäljningsassistent*', '*försäljningssupport*', '*säljstöd*',
      // fi
      '*myyntiassistent*', '*myynnin tuki*', '*myynnin tuen*', '*myynnintuki*', '*myyntituki*', '*myyntisihteeri*', '*myynnin tuki*',
      '*myynnin tukitehtäv*',
      // de
      '*vertriebsinnendienst*', '*vertriebsassisten*', '*vertriebsunterstützung*', '*verkaufsinnendienst*', '*vertriebssachbearbeit*',
      '*vertriebsadministrat*', '*innendienst vertrieb*',
      // pl
      ...combos(['wsparcie', 'wsparcia', 'wsparciu'], ['sprzedaży', 'działu sprzedaży', 'handlowego']),
      ...combos(['asystent', 'asystentka', 'asystenta', 'asystentki'],
        ['działu sprzedaży', 'sprzedaży', 'ds sprzedaży', 'handlowy', 'handlowa', 'działu handlowego', 'handlowego']),
      'back office sprzedaży', 'administracji sprzedaży',
      // el
      ...combos(['υποστήριξη', 'υποστήριξης', 'στέλεχος υποστήριξης'], ['πωλήσεων']),
      'back office πωλήσεων', 'sales support',
    ],
    SALES_SUPPORT,
  ),
  ...terms(['sales assistant*', '*innendienst*', '*βοηθός πωλήσεων*'], role('sales_support', { weak: true })),
];
