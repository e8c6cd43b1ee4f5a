import { htmlToText, looksLikeHtml, normalizeWhitespace } from './html-to-text';

describe('htmlToText', () => {
  it('removes tags, turns blocks into lines and list items into bullets', () => {
    const html = '<div><h2>Your tasks</h2><ul><li>Answer calls</li><li>Log <b>every</b> case</li></ul><p>Apply now</p></div>';
    expect(htmlToText(html)).toBe('Your tasks\n\n• Answer calls\n\n• Log every case\n\nApply now');
  });

  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(htmlToText('1&nbsp;400&ndash;1&nbsp;800 &euro; &amp; &#8364; &#x20AC; &bogus; &#0;')).toBe('1 400–1 800 € & € € &bogus;');
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(htmlToText('<script>alert("x")</script><style>p{}</style><!-- hidden -->Visible')).toBe('Visible');
  });

  it('keeps a lone "<" that is not a tag', () => {
    expect(htmlToText('pay < 2000 € & more')).toBe('pay < 2000 € & more');
  });

  it('returns an empty string for non-strings and empty input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText(null as unknown as string)).toBe('');
  });

  it('stays linear on hostile soup of 1 MB', () => {
    for (const soup of ['<'.repeat(1_000_000), '<a'.repeat(500_000), '&'.repeat(1_000_000), '<!--'.repeat(250_000), '<script>'.repeat(125_000)]) {
      const started = Date.now();
      htmlToText(soup);
      looksLikeHtml(soup);
      expect(Date.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('looksLikeHtml', () => {
  it('sees tags and entities, not comparisons', () => {
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('Fish &amp; chips')).toBe(true);
    expect(looksLikeHtml('salary < 3000 & bonus')).toBe(false);
  });
});

describe('normalizeWhitespace', () => {
  it('collapses spaces and keeps at most one blank line', () => {
    expect(normalizeWhitespace('a \t b\r\n\n\n\nc  ')).toBe('a b\n\nc');
  });
});
