import { HARD_NOT_CS, NEUTRAL, SOFT_NOT_CS, Term, combos, terms } from '../cue';

// Jobs that serve customers all day but are not customer-service roles, and jobs that only
// share words with them. A HARD cue in the title vetoes every role cue it does not sit inside
// ("support engineer" is tech support, "engineer" alone is not); a SOFT cue vetoes only when the
// title has no strong role cue ("Genius – Apple Store" stays tech support, "Specialist – Apple
// Store" is retail).

export const NOT_CS_TERMS: Term[] = [
  // Occupations (hard).
  ...terms(
    [
      // en
      'developer*', 'engineer*', 'engineering', 'programmer*', 'ux', 'ui', 'architect*', 'data scientist*', 'researcher*',
      // Designers of the experience, in compounds ("tjenestedesigner", "UX-Designerin", "palvelumuotoilija").
      '*designer*', '*disainer*', '*muotoilija*',
      'scientist*', 'devops', 'sysadmin', 'system administrator*', 'systems administrator*', 'network administrator*', 'noc',
      'network operations', 'crm admin*', 'crm administrator*', 'salesforce admin*', 'salesforce developer*', 'salesforce consultant*',
      'nurse', 'nurses', 'rn', 'lpn', 'physician*', 'doctor', 'doctors', 'pharmacist*', 'therapist*', 'caregiver*', 'carer*', 'care worker*',
      'care assistant*', 'support worker*', 'personal care', 'home care', 'healthcare assistant*', 'care coordinator*',
      'case manager*', 'social worker*', 'social care worker*', 'cook', 'cooks', 'line cook*', 'sous chef', 'head chef', 'chef de partie',
      'dishwasher*', 'waiter*', 'waitress*', 'bartender*', 'barista*', 'housekeep*', 'room attendant*', 'cleaner*',
      'janitor*', 'porter*', 'delivery driver*', 'truck driver*', 'bus driver*', 'van driver*', 'hgv driver*', 'courier*', 'delivery associate*', 'forklift*', 'warehouse associate*', 'warehouse worker*',
      'warehouse operative*', 'picker*', 'packer*', 'fulfillment associate*', 'fulfilment associate*', 'stocker*',
      'loader*', 'production operative*', 'production worker*', 'assembler*', 'welder*', 'electrician*', 'plumber*', 'mechanic*',
      'maintenance technician*', 'field service*', 'field technician*', 'service technician*', 'installer*', 'flight attendant*',
      'cabin crew', 'pilot*', 'first officer', 'ramp agent*', 'baggage handler*', 'security officer*', 'security guard*',
      'cashier*', 'checkout operator*', 'shop assistant*', 'retail sales associate*', 'sales associate*', 'merchandiser*',
      'sales representative*', 'sales rep', 'field sales', 'outside sales', 'territory manager*', 'account executive*', 'key account*',
      'business development', 'sales executive*', 'recruiter*', 'talent acquisition', 'human resources',
      // Not bare "hr": it is also "per hour" in pay ("$18/hr").
      ...combos(['hr'], ['advisor*', 'adviser*', 'business partner*', 'generalist*', 'manager*', 'assistant*', 'coordinator*',
        'specialist*', 'officer*', 'partner*']), 'accountant*', 'bookkeeper*',
      'accounts receivable', 'accounts payable', 'payroll', 'credit analyst*', 'risk analyst*', 'auditor*', 'lawyer*', 'attorney*',
      'paralegal*', 'teacher*', 'tutor', 'tutors', 'nanny', 'nannies', 'receptionist*', 'front desk agent*', 'front desk associate*',
      'front office agent*', 'valet*', 'lifeguard*', 'property manager*', 'leasing consultant*', 'leasing agent*', 'leasing manager*',
      'real estate', 'realtor*', 'copywriter*', 'video editor*', 'photographer*', 'data analyst*', 'data engineer*',
      'financial analyst*', 'business analyst*', 'machine learning', 'ml', 'ai engineer*', 'software engineer*',
      // et
      '*arendaja*', '*insener*', '*programmeerija*', 'kokk', '*kokk', '*koristaja*', '*laotööt*', '*komplekteerija*', '*autojuht*',
      'kuller', 'müüja', '*kassapidaja*', 'kassiir', '*hooldaja*', 'tugiisik*', '*hooldustöötaja*', 'õde', '*raamatupidaja*',
      'ettekandja', '*lukksepp*', '*keevitaja*', '*elektrik*', '*mehaanik*', 'laoabi', 'ladu',
      // nb, da
      '*utvikler*', '*ingeniør*', '*programmerer*', '*sykepleier*', '*helsefagarbeider*', '*støttekontakt*', '*omsorgs*',
      '*miljøterapeut*', '*miljøarbeider*', 'kokk', 'renhold*', '*servitør*', '*lagermedarbeider*', '*lagerarbeider*', '*lagerarbejder*',
      '*sjåfør*', 'bud', '*butikkmedarbeider*', '*salgsmedarbeider*', 'selger', '*butikkselger*', '*kasserer*', '*kassemedarbeider*', '*kassamedarbeider*', '*kassamedarbetare*',
      '*resepsjonist*', '*regnskap*', '*reskontro*', '*driftstekniker*', 'montør', '*elektriker*', '*mekaniker*', '*sveiser*',
      '*lærer', '*barnehage*', '*personlig assistent*', '*brukerstyrt personlig*', '*pleier*', '*sosionom*',
      // sv
      '*utvecklare*', '*ingenjör*', '*programmerare*', '*sjuksköterska*', '*undersköterska*', '*vårdbiträde*', '*omsorgspersonal*',
      'kock', '*lokalvård*', '*städare*', '*lagerarbetare*', '*lagermedarbetare*', '*chaufför*', '*truckförare*', '*budbärare*',
      '*butikssäljare*', '*butiksmedarbetare*', '*butiksbiträde*', '*säljare', '*kassör*', '*kassabiträde*', '*redovisnings*',
      '*ekonomiassistent*', '*löneadministrat*', '*svetsare*', '*lärare*', '*förskol*', '*personlig assistans*', 'utesäljare',
      // fi
      '*kehittäjä*', '*insinööri*', '*ohjelmoija*', '*hoitaja', '*hoitajat', 'kokki', '*siivooja*', '*tarjoilija*',
      '*varastotyö*', '*varastomies*', '*kuljettaja*', 'lähetti', '*myyjä', 'kassa', '*kassatyö*', '*kassahenkilö*',
      '*vastaanottovirkailija*', '*kirjanpitäjä*', '*palkanlaskija*', '*asentaja*', 'opettaja', '*avustaja', '*ohjaaja',
      // de
      '*entwickler*', '*ingenieur*', '*programmierer*', '*pflegefach*', '*pflegekraft*', '*pflegehelfer*', '*altenpflege*',
      '*krankenpflege*', '*krankenschwester*', '*erzieher*', 'koch', 'köchin', '*reinigungskraft*', '*kellner*', '*lagerist*',
      '*lagermitarbeiter*', '*lagerhelfer*', '*kommissionierer*', '*fahrer', '*fahrerin', '*kurier*', '*verkäufer*',
      '*kassierer*', '*buchhalter*', '*außendienst*', '*monteur*', '*mechatroniker*', '*elektroniker*', '*schlosser*',
      '*produktionsmitarbeiter*', '*servicetechniker*',
      // pl
      '*programista*', '*inżynier*', '*projektant*', '*pielęgniar*', 'opiekun', 'opiekunka', 'opiekunowie', 'opiekunki',
      'opiekun osoby starszej', 'opiekunka osoby starszej', '*kucharz*', '*sprzątacz*', 'kelner', 'kelnerka', '*magazyn*',
      '*kierowca*', 'kurier', '*sprzedawca*', '*kasjer*', ...combos(['przedstawiciel', 'przedstawicielka', 'przedstawiciela'], ['handlowy', 'handlowa', 'handlowego', 'medyczny']),
      '*recepcjonist*', '*księgow*', 'serwisant*', 'monter*', 'elektryk*', 'mechanik*', 'pracownik produkcji', 'operator wózka*',
      // el
      '*προγραμματιστ*', 'μηχανικός', 'μηχανικό', 'μηχανικού', '*σχεδιαστ*', '*νοσηλευτ*', 'μάγειρ*', '*καθαρίστρι*',
      '*καθαριστ*', 'σερβιτόρ*', '*αποθηκάρι*', 'οδηγός', 'οδηγό', 'διανομέας', 'διανομέα', 'ταμίας', 'ταμία', 'πωλητής', 'πωλήτρια',
      'πωλητή', 'πωλητών', 'πωλητριών', ...combos(['υπάλληλος', 'υπάλληλο', 'υπαλλήλου'], ['υποδοχής', 'αποθήκης', 'ταμείου', 'καταστήματος']),
      'ρεσεψιονίστ*', 'λογιστ*', 'βοηθός λογιστή', 'ηλεκτρολόγ*', 'νοσοκόμ*',
    ],
    HARD_NOT_CS,
  ),
  // Workplaces and vague words (soft): they decide only when no strong role cue is present.
  ...terms(
    [
      'warehouse', 'store', 'shop', 'retail', 'freight', 'kitchen', 'software', 'driver*', 'boutique', 'supermarket', 'restaurant', 'hotel', 'front desk', 'concierge',
      'technician*', 'operator*', 'analyst*', 'consultant', 'sales manager*', 'account manager*', 'marketing manager*',
      'marketing', 'brand manager*', 'product manager*', 'project manager*', 'operations manager*', 'logistics', 'dispatcher*',
      'tekniker', 'tehnik', 'techniker', 'technik', 'τεχνικός', '*butikk', 'butik', 'kauplus*', 'kaupluse*', 'sklep*',
      'κατάστημα*', 'καταστήματος', 'myymälä*', 'laden', 'filiale', '*lager', 'lagret', 'analityk*', 'analytiker',
      'administraator', 'resepsjon*', 'rezeption*', 'vastaanotto', 'υποδοχή*', 'εστίαση*', 'teenindaja', 'store manager*',
    ],
    SOFT_NOT_CS,
  ),
  // Phrases that contain role words but mean something else.
  ...terms(
    [
      'support vector*', 'customer fulfil*', 'customer fulfill*', 'fulfillment cent*', 'fulfilment cent*', 'customer insight*',
      'customer data', 'customer analytics', 'user experience', 'customer experience design', 'customer experience research',
      'service design', 'customer journey analyst', 'support services for', 'decision support', 'life support', 'support staff',
      'sales support engineer*', 'presales', 'pre sales', 'records retention', 'data retention', 'document retention',
      'talent retention', 'employee retention', 'staff retention',
    ],
    NEUTRAL,
  ),
];
