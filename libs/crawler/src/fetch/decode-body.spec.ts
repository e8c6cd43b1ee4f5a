import { charsetOf, decodeBody } from './decode-body';

describe('decodeBody', () => {
  it('defaults to UTF-8', () => {
    expect(decodeBody(Buffer.from('Klienditeenindaja – Tallinn, Põhja-Eesti', 'utf8'), 'text/html')).toBe(
      'Klienditeenindaja – Tallinn, Põhja-Eesti',
    );
  });

  it('uses the Content-Type charset', () => {
    const polish = Buffer.from([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6]); // "Zażółć" in ISO-8859-2
    expect(decodeBody(polish, 'text/html; charset=ISO-8859-2')).toBe('Zażółć');
    const greek = Buffer.from([0xc8, 0xdd, 0xf3, 0xe7]); // "Θέση" in windows-1253
    expect(decodeBody(greek, 'text/html;charset="windows-1253"')).toBe('Θέση');
  });

  it('falls back to a <meta charset> when the header has none', () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]), // "Café"
      Buffer.from('</title>'),
    ]);
    expect(decodeBody(html, 'text/html')).toContain('<title>Café</title>');
  });

  it('reads the encoding of an XML declaration', () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>'), Buffer.from([0x4d, 0xfc, 0x6e]), Buffer.from('</t>')]);
    expect(decodeBody(xml, 'application/xml')).toContain('<t>Mün</t>');
  });

  it('honours a UTF-8 byte-order mark and drops it', () => {
    expect(decodeBody(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), '')).toBe('hi');
  });

  it('falls back to UTF-8 for an unknown label instead of failing', () => {
    expect(decodeBody(Buffer.from('Søknad', 'utf8'), 'text/html; charset=x-made-up')).toBe('Søknad');
  });

  it('extracts the charset parameter', () => {
    expect(charsetOf('text/html; Charset=UTF-8')).toBe('utf-8');
    expect(charsetOf('application/json')).toBeUndefined();
  });
});
