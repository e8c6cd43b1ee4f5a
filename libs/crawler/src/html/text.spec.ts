import { absoluteHttpUrl, plainText, sameSite, unescapeHtmlOnce } from './text';

describe('text helpers', () => {
  it('decodes HTML written as entities exactly once', () => {
    expect(unescapeHtmlOnce('&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;')).toBe('<p>Fish &amp; chips</p>');
  });

  it('leaves real HTML and plain text alone', () => {
    expect(unescapeHtmlOnce('<p>a &lt;script&gt; b</p>')).toBe('<p>a &lt;script&gt; b</p>');
    expect(unescapeHtmlOnce('Salary &amp; benefits')).toBe('Salary &amp; benefits');
  });

  it('makes plain text of titles with tags and entities', () => {
    expect(plainText('  <b>Klienditeenindaja</b> &ndash;\n Tallinn ')).toBe('Klienditeenindaja – Tallinn');
    expect(plainText('Søknad')).toBe('Søknad');
  });

  it('resolves http(s) links and refuses the rest', () => {
    expect(absoluteHttpUrl('../oferta/1#apply', 'https://x.example/pl/oferty/')).toBe('https://x.example/pl/oferta/1');
    expect(absoluteHttpUrl('javascript:void(0)', 'https://x.example/')).toBeUndefined();
    expect(absoluteHttpUrl('mailto:jobs@x.example', 'https://x.example/')).toBeUndefined();
    expect(absoluteHttpUrl('ftp://x.example/a', 'https://x.example/')).toBeUndefined();
    expect(absoluteHttpUrl('http://[bad', 'https://x.example/')).toBeUndefined();
    expect(absoluteHttpUrl('', 'https://x.example/')).toBeUndefined();
  });

  it('treats www. and the bare host as one site', () => {
    expect(sameSite('https://www.x.example/a', 'http://x.example/b')).toBe(true);
    expect(sameSite('https://jobs.x.example/a', 'https://x.example/b')).toBe(false);
  });
});
