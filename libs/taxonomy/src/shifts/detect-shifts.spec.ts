import { detectShifts } from './detect-shifts';

const shifts = (text: string) => detectShifts(text).shifts;

describe('detectShifts', () => {
  it.each([
    ['Day shift, Monday to Friday.', ['day']],
    ['Evening and weekend shifts available.', ['evening', 'weekend']],
    ['Night shift 22:00–06:00 with night premium.', ['night']],
    ['We cover the phones 24/7 on a rotating rota.', ['rotating', 'around_the_clock']],
    ['Office hours 8:30–17:00.', ['day']],
    ['Shifts between 7 a.m. and 11 p.m., including Saturdays.', ['day', 'evening', 'weekend']],
    ['Arbeid i turnus med kveldsvakter og helgevakter.', ['evening', 'weekend', 'rotating']],
    ['Nattevakter og døgnbemannet kundesenter.', ['night', 'around_the_clock']],
    ['Arbete dagtid, vardagar.', ['day']],
    ['Skiftarbete med kvällspass och helger.', ['evening', 'weekend', 'rotating']],
    ['Vahetustega töö, sh öövahetused ja nädalavahetused.', ['night', 'weekend', 'rotating']],
    ['Ööpäevaringne klienditugi.', ['around_the_clock']],
    ['Praca zmianowa, również zmiany nocne i weekendy.', ['night', 'weekend', 'rotating']],
    ['Infolinia całodobowa, praca w systemie zmianowym.', ['rotating', 'around_the_clock']],
    ['Εργασία σε κυλιόμενο ωράριο, και Σαββατοκύριακα.', ['weekend', 'rotating']],
    ['Πρωινή βάρδια 8:00–16:00.', ['day']],
    ['Schichtdienst inkl. Spätschicht und Nachtschicht.', ['evening', 'night', 'rotating']],
    ['Erreichbarkeit rund um die Uhr.', ['around_the_clock']],
    ['Kaksivuorotyö, myös iltavuoroja ja viikonloppuja.', ['evening', 'weekend', 'rotating']],
    ['Yövuorot ympäri vuorokauden.', ['night', 'around_the_clock']],
    ['Schichtdienst zwischen 7 und 20 Uhr.', ['day', 'evening', 'rotating']],
    ['Arbeidstid mellom 08 og 16 på hverdager.', ['day']],
  ])('%s → %j', (text, expected) => {
    expect(shifts(text)).toEqual(expected);
  });

  it.each([
    'No weekends, no nights on call.',
    'Weekends off!',
    'Wolne weekendy.',
    'Ingen helgarbeid.',
  ])('does not count weekends that are off: %s', (text) => {
    expect(shifts(text)).not.toContain('weekend');
  });

  it('does not read a job rotation, an on-call rotation or a quantity as shifts', () => {
    expect(shifts('Take part in an on-call rotation for production incidents.')).toEqual([]);
    expect(shifts('Teams of 8-16 people.')).toEqual([]);
  });

  it('never throws and stays fast on hostile input', () => {
    for (const text of ['', null as unknown as string, '24/7 '.repeat(200_000), '8:00-17:00 '.repeat(90_000), 'weekend '.repeat(120_000)]) {
      const started = Date.now();
      expect(() => detectShifts(text)).not.toThrow();
      expect(Date.now() - started).toBeLessThan(300);
    }
  });
});
