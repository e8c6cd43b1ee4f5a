import { detectSpokenLanguages } from './detect-spoken-languages';

const languages = (text: string): string[] => detectSpokenLanguages(text).languages;

describe('detectSpokenLanguages', () => {
  it.each<[string, string[]]>([
    ['Norwegian and English required', ['nb', 'en']],
    ['biegła znajomość języka niemieckiego', ['de']],
    ['άριστη γνώση αγγλικών', ['en']],
    ['Fluent Spanish and English, written and spoken.', ['es', 'en']],
    ['You speak Dutch at native level.', ['nl']],
    ['Customer service in French and German.', ['fr', 'de']],
    ['German-speaking customer care agent', ['de']],
    ['Bilingual English/French', ['en', 'fr']],
    ['Nõuded: väga hea eesti ja vene keele oskus.', ['et', 'ru']],
    ['Eeldame soome keele oskust.', ['fi']],
    ['Du snakker og skriver godt norsk og engelsk.', ['nb', 'en']],
    ['Du behersker svensk muntlig og skriftlig.', ['sv']],
    ['Vi søker norsktalende kunderådgivere.', ['nb']],
    ['Du talar och skriver svenska och engelska obehindrat.', ['sv', 'en']],
    ['Du svarar på kundernas frågor på svenska.', ['sv']],
    ['Wymagamy bardzo dobrej znajomości języka angielskiego (min. B2).', ['en']],
    ['Obsługa klientów po niemiecku i po angielsku.', ['de', 'en']],
    ['Dobry angielski, komunikatywny hiszpański.', ['en', 'es']],
    ['Πολύ καλή γνώση της γερμανικής γλώσσας.', ['de']],
    ['Άριστη γνώση ελληνικών και αγγλικών.', ['el', 'en']],
    ['Sehr gute Deutsch- und Englischkenntnisse in Wort und Schrift.', ['de', 'en']],
    ['Verhandlungssicheres Englisch.', ['en']],
    ['Hyvä suomen ja ruotsin kielen taito.', ['fi', 'sv']],
    ['Palvelet asiakkaita suomeksi ja englanniksi.', ['fi', 'en']],
    ['Puhut sujuvaa suomea.', ['fi']],
  ])('%s → %j', (text, expected) => {
    expect(languages(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['English required, Spanish is a plus.', ['en']],
    ['Fluent Finnish; Swedish is an advantage.', ['fi']],
    ['Eesti keele oskus ei ole kohustuslik, inglise keel on nõutud.', ['en']],
    ['Engelsk er et krav, tysk er en fordel.', ['en']],
    ['Mile widziana znajomość języka niemieckiego.', []],
    ['Französischkenntnisse sind von Vorteil.', []],
    ['Ruotsin kielen taito katsotaan eduksi.', []],
    ['Η γνώση ιταλικών θα εκτιμηθεί.', []],
  ])('leaves out languages that are only an advantage: %s', (text, expected) => {
    expect(languages(text)).toEqual(expected);
  });

  it.each([
    'We serve German customers across Germany.',
    'You will help Polish customers and Dutch partners.',
    'Vi har svenska kunder och norska leverantörer.',
    'Polska firma z tradycjami, działamy w całej Polsce.',
    'Järvi-Suomen suurin matkailuyritys.',
    'Η ελληνική αγορά αναπτύσσεται.',
    'Eesti suurim pank.',
  ])('does not read nationalities, markets or places as requirements: %s', (text) => {
    expect(languages(text)).toEqual([]);
  });

  it('reads the language, not the nationality, in one sentence with both', () => {
    expect(languages('You will help Polish customers in fluent English.')).toEqual(['en']);
  });

  it('explains each decision', () => {
    const { explanation } = detectSpokenLanguages('English required, Spanish is a plus.');
    expect(explanation.map((e) => e.rule)).toEqual(['spokenLanguages.cue', 'spokenLanguages.optional']);
  });

  it('never throws and stays fast on hostile input', () => {
    for (const text of ['', '🙂', null as unknown as string, 'English '.repeat(150_000), 'fluent German, '.repeat(70_000), 'ά'.repeat(1_000_000)]) {
      const started = Date.now();
      expect(() => detectSpokenLanguages(text)).not.toThrow();
      expect(Date.now() - started).toBeLessThan(300);
    }
  });
});
