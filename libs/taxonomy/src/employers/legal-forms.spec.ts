import { stripLegalForms } from './legal-forms';

describe('stripLegalForms', () => {
  it.each([
    ['Nordkapp Logistikk AS', 'Nordkapp Logistikk'],
    ['Tuuleveski Energia OÜ', 'Tuuleveski Energia'],
    ['Mazowiecka Piekarnia Sp. z o.o.', 'Mazowiecka Piekarnia'],
    ['Mazowiecka Piekarnia sp. z o. o.', 'Mazowiecka Piekarnia'],
    ['Hurtownia Kowalski Sp. j.', 'Hurtownia Kowalski'],
    ['Bank Pomorski S.A.', 'Bank Pomorski'],
    ['Αιγαίο Ναυτιλιακή Α.Ε.', 'Αιγαίο Ναυτιλιακή'],
    ['Αιγαίο Ναυτιλιακή ΑΕ', 'Αιγαίο Ναυτιλιακή'],
    ['Θεσσαλική Λογιστική ΙΚΕ', 'Θεσσαλική Λογιστική'],
    ['Κρητικά Προϊόντα Μ.Ι.Κ.Ε.', 'Κρητικά Προϊόντα'],
    ['Παπαδόπουλος & Σια Ο.Ε.', 'Παπαδόπουλος & Σια'],
    ['Bergmann Maschinenbau GmbH & Co. KG', 'Bergmann Maschinenbau'],
    ['Rhein Versicherung AG', 'Rhein Versicherung'],
    ['Pohjoisen Palvelu Oy', 'Pohjoisen Palvelu'],
    ['Norrskog Trä AB (publ)', 'Norrskog Trä'],
    ['Keskinäinen Vakuutus Apu keskinäinen yhtiö', 'Keskinäinen Vakuutus Apu'],
    ['Lakeside Ventures, LLC', 'Lakeside Ventures'],
    ['Maple Leaf Foods Incorporated', 'Maple Leaf Foods'],
    ['Harbour Freight Ltd.', 'Harbour Freight'],
    ['Greenway plc', 'Greenway'],
    ['Acme Holdings Corporation', 'Acme Holdings'],
    ['Smith & Sons Co.', 'Smith & Sons'],
    ['First Bank & Co.', 'First Bank'],
    ['Citizens Bank, N.A.', 'Citizens Bank'],
    ['Fjord Data IKS', 'Fjord Data'],
  ])('removes the legal form of %s', (raw, display) => {
    expect(stripLegalForms(raw)).toBe(display);
  });

  it.each([
    ['Acme Services Europe S.A. (Germany branch)', 'Acme Services Europe'],
    ['Acme Bank, N.A. (Oddział w Polsce)', 'Acme Bank'],
    ['Nordea Bank Abp, filial i Norge', 'Nordea Bank'],
    ['Telia Finland Oyj Eesti filiaal', 'Telia Finland'],
    ['Cloud Platform Services, Inc. (CPS)', 'Cloud Platform Services'],
    ['Widget Europe S.à r.l., Niederlassung Deutschland', 'Widget Europe'],
  ])('removes branch qualifiers and bracketed abbreviations: %s', (raw, display) => {
    expect(stripLegalForms(raw)).toBe(display);
  });

  it('keeps a bracketed country that is part of the registered name', () => {
    expect(stripLegalForms('Widget Services (Ireland) Limited')).toBe('Widget Services (Ireland)');
    expect(stripLegalForms('Widget Electronics (Poland) Sp. z o.o.')).toBe('Widget Electronics (Poland)');
  });

  it('removes Baltic prefix forms and the quotes around the name', () => {
    expect(stripLegalForms('SIA "Rīgas Piens"')).toBe('Rīgas Piens');
    expect(stripLegalForms('UAB Vilniaus Duona')).toBe('Vilniaus Duona');
    expect(stripLegalForms('AS Tallinna Sadam')).toBe('Tallinna Sadam');
  });

  it('does not eat words that only look like forms', () => {
    expect(stripLegalForms('Villa Resort & Spa')).toBe('Villa Resort & Spa');
    expect(stripLegalForms('Jonas as')).toBe('Jonas as');
    expect(stripLegalForms('Casa Sa')).toBe('Casa Sa');
  });

  it('never returns an empty name for a name that is only a legal form', () => {
    expect(stripLegalForms('AS')).toBe('AS');
    expect(stripLegalForms('Oy')).toBe('Oy');
    expect(stripLegalForms('')).toBe('');
  });
});
