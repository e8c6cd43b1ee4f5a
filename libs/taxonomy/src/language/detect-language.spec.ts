import { detectLanguage } from './detect-language';

// Sample ads written for these tests, one short paragraph per language.
const SAMPLES: Record<string, string> = {
  en: 'We are looking for a friendly person to join our support team. You will answer questions from customers by phone and email and help them with orders and returns. We offer a permanent contract and a good salary.',
  et: 'Otsime sõbralikku inimest meie klienditoe meeskonda. Sinu ülesanne on vastata klientide küsimustele telefoni ja e-posti teel ning aidata neid tellimuste ja tagastustega. Pakume püsivat lepingut ja head töötasu.',
  nb: 'Vi søker en blid person til supportteamet vårt. Du skal svare på spørsmål fra kunder på telefon og e-post og hjelpe dem med bestillinger og returer. Vi tilbyr fast stilling og god lønn.',
  da: 'Vi søger en venlig person til vores supportteam. Du skal besvare spørgsmål fra kunder på telefon og e-mail og hjælpe dem med bestillinger og returneringer. Vi tilbyder fast ansættelse og en god løn.',
  nn: 'Vi søkjer ein blid person til supportteamet vårt. Du skal svare på spørsmål frå kundar på telefon og e-post og hjelpe dei med bestillingar og returar. Vi tilbyr fast stilling og god løn.',
  sv: 'Vi söker en glad person till vårt supportteam. Du kommer att svara på frågor från kunder via telefon och mejl och hjälpa dem med beställningar och returer. Vi erbjuder en fast anställning och bra lön.',
  fi: 'Etsimme iloista henkilöä asiakastukitiimiimme. Tehtäväsi on vastata asiakkaiden kysymyksiin puhelimessa ja sähköpostitse sekä auttaa heitä tilauksissa ja palautuksissa. Tarjoamme vakituisen työsuhteen ja hyvän palkan.',
  de: 'Wir suchen eine freundliche Person für unser Support-Team. Du beantwortest Fragen unserer Kunden per Telefon und E-Mail und hilfst ihnen bei Bestellungen und Rücksendungen. Wir bieten einen unbefristeten Vertrag und ein gutes Gehalt.',
  pl: 'Szukamy życzliwej osoby do naszego zespołu wsparcia. Twoim zadaniem będzie odpowiadanie na pytania klientów przez telefon i e-mail oraz pomoc w zamówieniach i zwrotach. Oferujemy umowę o pracę na czas nieokreślony i dobre wynagrodzenie.',
  el: 'Αναζητούμε ένα φιλικό άτομο για την ομάδα υποστήριξης. Θα απαντάς σε ερωτήσεις πελατών μέσω τηλεφώνου και email και θα βοηθάς με παραγγελίες και επιστροφές. Προσφέρουμε σταθερή σύμβαση και καλό μισθό.',
  lv: 'Mēs meklējam draudzīgu cilvēku mūsu atbalsta komandā. Jūs atbildēsiet uz klientu jautājumiem pa tālruni un e-pastu un palīdzēsiet ar pasūtījumiem. Mēs piedāvājam pastāvīgu līgumu un labu algu.',
  lt: 'Ieškome draugiško žmogaus į mūsų pagalbos komandą. Jūs atsakysite į klientų klausimus telefonu ir el. paštu bei padėsite su užsakymais. Mes siūlome nuolatinę sutartį ir gerą atlyginimą.',
  ru: 'Мы ищем дружелюбного человека в нашу команду поддержки. Вы будете отвечать на вопросы клиентов по телефону и электронной почте.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('recognises %s', (code, text) => {
    expect(detectLanguage(text).language).toBe(code);
  });

  it('reports Norwegian bokmål as nb and says which rule decided', () => {
    const result = detectLanguage(SAMPLES.nb);
    expect(result.language).toBe('nb');
    expect(result.explanation[0]).toMatchObject({ field: 'language', rule: 'function-words' });
  });

  it('takes the language of the text, not of English job words inside it', () => {
    const mixed = `Customer Success Manager. ${SAMPLES.pl}`;
    expect(detectLanguage(mixed).language).toBe('pl');
    expect(detectLanguage(`IT Support Specialist – Helpdesk. ${SAMPLES.el}`).language).toBe('el');
  });

  it('asks the fallback detector about keyword lists and maps its "no" to nb', () => {
    const keywords = 'kundeservice, telefon, chat, bestilling, retur, faktura, kundeforhold, henvendelser, saksbehandling, rutiner, opplæring, turnus, helg, kveld, pensjon';
    const result = detectLanguage(keywords);
    expect(result.language).toBe('nb');
    expect(result.explanation[0].rule).toBe('tinyld-fallback');
  });

  it('returns null with a reason for empty, numeric, emoji-only or too-short text', () => {
    for (const text of ['', '   ', '12 345', '😀🙂😀', 'Customer Service Representative']) {
      const result = detectLanguage(text);
      expect(result.language).toBeNull();
      expect(result.explanation).toHaveLength(1);
    }
    expect(detectLanguage(undefined as unknown as string).language).toBeNull();
  });

  it('is fast on 1 MB of text and reads only its beginning', () => {
    const huge = `${SAMPLES.de} ${'x'.repeat(1_000_000)}`;
    const started = Date.now();
    expect(detectLanguage(huge).language).toBe('de');
    expect(Date.now() - started).toBeLessThan(500);
  });
});
