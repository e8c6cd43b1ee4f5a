import { detectRemote } from './detect-remote';

type Input = Parameters<typeof detectRemote>[0];
const mode = (input: Partial<Input>) => detectRemote({ title: '', description: '', location: '', ...input }).remote;

describe('detectRemote: structured signals', () => {
  it('takes a valid source hint first', () => {
    expect(mode({ hint: 'hybrid', location: 'Remote' })).toBe('hybrid');
    expect(mode({ hint: 'bogus' as never, location: 'Remote' })).toBe('remote');
  });

  it('reads schema.org TELECOMMUTE as remote, unless the ad states a hybrid arrangement', () => {
    expect(mode({ jobLocationType: 'TELECOMMUTE' })).toBe('remote');
    expect(mode({ jobLocationType: 'TELECOMMUTE', description: 'Hybrid working: two days a week in our Leeds office.' })).toBe('hybrid');
  });

  it.each([
    ['Remote', 'remote'],
    ['Remote – Canada', 'remote'],
    ['Kaugtöö, Eesti', 'remote'],
    ['Praca zdalna', 'remote'],
    ['Hjemmekontor', 'remote'],
    ['Etätyö', 'remote'],
    ['Τηλεργασία', 'remote'],
    ['Leeds (Hybrid)', 'hybrid'],
    ['Tartu (hübriidtöö)', 'hybrid'],
    ['Gdańsk – hybrydowo', 'hybrid'],
    ['Πάτρα (υβριδικά)', 'hybrid'],
    ['Chicago, IL – hybrid after training', 'hybrid'],
    ['On-site, Houston, TX', 'onsite'],
  ])('location %s → %s', (location, expected) => {
    expect(mode({ location })).toBe(expected);
  });

  it.each([
    ['Customer Support Agent (Remote)', 'remote'],
    ['Kundeservicemedarbeider – hjemmekontor', 'remote'],
    ['Reservations Agent - Work From Home', 'remote'],
    ['Service Desk Analyst (Hybrid)', 'hybrid'],
    ['Remote Desktop Support Technician', 'onsite'],
    ['Remote Customer Service Representative', 'remote'],
    ['Hybrid Team Lead, Customer Care', 'hybrid'],
    ['Hybrid Cloud Support Engineer', 'onsite'],
  ])('title %s → %s', (title, expected) => {
    expect(mode({ title, location: 'Leeds' })).toBe(expected);
  });
});

describe('detectRemote: the description in many languages', () => {
  it.each([
    ['This is a fully remote role open to candidates across Germany.', 'remote'],
    ['You will work from home with equipment we ship to you.', 'remote'],
    ['Hybrid working: 2 days in our Leeds office.', 'hybrid'],
    ['After training you can work from home two days a week.', 'hybrid'],
    ['Training is on site for six weeks; after that the role is hybrid.', 'hybrid'],
    ['Remote troubleshooting of customer routers and set-top boxes.', 'onsite'],
    ['You will support our hybrid cloud platform.', 'onsite'],
    ['Töö on täielikult kaugtöö Eesti piires.', 'remote'],
    ['Pakume võimalust teha osaliselt kaugtööd.', 'hybrid'],
    ['Lahendad probleeme kaugtöölaua kaudu.', 'onsite'],
    ['Du jobber hjemmefra med førstelinje support.', 'remote'],
    ['Mulighet for to dager hjemmekontor i uken.', 'hybrid'],
    ['Du arbetar helt på distans.', 'remote'],
    ['Möjlighet att arbeta hemifrån två dagar i veckan.', 'hybrid'],
    ['Oferujemy pracę w 100% zdalną i sprzęt.', 'remote'],
    ['Praca hybrydowa (3 dni w biurze).', 'hybrid'],
    ['Zdalna diagnostyka urządzeń klientów.', 'onsite'],
    ['Η θέση είναι 100% τηλεργασία.', 'remote'],
    ['Προσφέρουμε υβριδικό μοντέλο εργασίας.', 'hybrid'],
    ['Wir bieten 100% Homeoffice.', 'remote'],
    ['Zwei Tage Homeoffice pro Woche und hybrides Arbeiten.', 'hybrid'],
    ['Työ tehdään täysin etänä.', 'remote'],
    ['Etätyö on mahdollista osan viikosta.', 'hybrid'],
    ['Paindlik töökorraldus ja kaasaegne kontor.', 'hybrid'],
    ['Our office in Oslo has a great canteen.', 'onsite'],
    ['This is a remote role; occasional visits to our Oslo office.', 'remote'],
  ])('%s → %s', (description, expected) => {
    expect(mode({ description, location: 'Somewhere' })).toBe(expected);
  });

  it('is onsite when nothing says otherwise and null when there is no text at all', () => {
    expect(mode({ title: 'Kassamedarbeider', location: 'Oslo' })).toBe('onsite');
    expect(mode({})).toBeNull();
  });
});

describe('detectRemote: remote eligibility', () => {
  const countries = (input: Partial<Input>) => detectRemote({ title: '', description: '', location: '', ...input }).countries;

  it.each<[Partial<Input>, string[]]>([
    [{ location: 'Remote, United Kingdom' }, ['GB']],
    [{ location: 'Remote', description: 'Candidates must live in Texas.' }, ['US']],
    [{ location: 'Remote (must reside in GA, TX or AZ)' }, ['US']],
    [{ location: 'Kaugtöö', description: 'Töö on täielikult kaugtöö Eesti piires.' }, ['EE']],
    [{ location: 'Hjemmekontor, hele Norge' }, ['NO']],
    [{ description: 'Fully remote within Canada.' }, ['CA']],
    [{ description: 'Praca zdalna z terenu Polski.' }, ['PL']],
    [{ location: 'Remote' }, []],
  ])('%j → %j', (input, expected) => {
    expect(countries(input)).toEqual(expected);
  });

  it('lists no countries for hybrid or onsite jobs', () => {
    expect(countries({ location: 'Leeds (Hybrid)', description: 'Must live in England.' })).toEqual([]);
  });
});

describe('detectRemote: bad input', () => {
  it('never throws and stays fast on hostile input', () => {
    const huge = 'remote hybrid hjemmekontor '.repeat(40_000);
    for (const input of [
      { title: huge, description: huge, location: huge },
      { title: '(((('.repeat(250_000), description: '.'.repeat(1_000_000), location: '-'.repeat(1_000_000) },
      { title: null, description: 42, location: undefined } as unknown as Input,
    ]) {
      const started = Date.now();
      expect(() => detectRemote(input)).not.toThrow();
      expect(Date.now() - started).toBeLessThan(300);
    }
  });
});
