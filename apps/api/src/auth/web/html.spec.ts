import { escapeHtml, html, trustedHtml } from './html';
import { safeNextPath } from './web-cookies';

describe('html templates', () => {
  it('escape every interpolated value, attributes included', () => {
    const hostile = `"><script>alert('x')</script><a href="javascript:1" onclick=\`x\`>`;
    const escaped = '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;a href=&quot;javascript:1&quot; onclick=&#96;x&#96;&gt;';
    expect(html`<input value="${hostile}"><p>${hostile}</p>`.value).toBe(`<input value="${escaped}"><p>${escaped}</p>`);
    expect(escapeHtml('a & b')).toBe('a &amp; b');
  });

  it('nest safe fragments and arrays without escaping them twice; drop null, undefined and false', () => {
    const items = ['<b>', 'c&d'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}</ul>`.value).toBe('<ul><li>&lt;b&gt;</li><li>c&amp;d</li></ul>');
    expect(html`<div>${trustedHtml('<p>sanitised</p>')}</div>`.value).toBe('<div><p>sanitised</p></div>');
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/recruiter/postings?x=1', '/recruiter/postings?x=1'],
    ['//evil.example/', '/recruiter/postings'],
    ['/\\evil.example', '/recruiter/postings'],
    ['https://evil.example/', '/recruiter/postings'],
    ['javascript:alert(1)', '/recruiter/postings'],
    ['/ok\r\nSet-Cookie: x=1', '/recruiter/postings'],
    [undefined, '/recruiter/postings'],
    [['/a', '/b'], '/recruiter/postings'],
  ])('follows only paths of this site: %j → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
