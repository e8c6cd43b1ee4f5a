import { descriptionToText, sanitizeDescription } from './sanitize-description';

describe('sanitizeDescription', () => {
  it('drops scripts, event handlers and javascript: links', () => {
    const out = sanitizeDescription(
      '<p onclick="steal()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><a href="https://ok.test/apply">apply</a>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:|<img/i);
    expect(out).toContain('<p>Hi</p>');
    expect(out).toContain('href="https://ok.test/apply"');
    expect(out).toContain('rel="nofollow noopener noreferrer"');
  });

  it('removes styles, iframes and their content', () => {
    const out = sanitizeDescription('<style>body{display:none}</style><iframe src="https://evil.test"></iframe><p>Text</p>');
    expect(out).toBe('<p>Text</p>');
  });

  it('turns plain text into paragraphs, escaping markup-like text', () => {
    expect(sanitizeDescription('Line one\nline two\n\nPay 5 < 6 & 7 > 2')).toBe('<p>Line one<br />line two</p><p>Pay 5 &lt; 6 &amp; 7 &gt; 2</p>');
  });

  it('bounds the size of huge inputs', () => {
    const out = sanitizeDescription('<p>' + 'a'.repeat(2_000_000) + '</p>');
    expect(out.length).toBeLessThanOrEqual(100_010);
  });
});

describe('descriptionToText', () => {
  it('keeps paragraph breaks and decodes entities', () => {
    expect(descriptionToText('<p>Tere &amp; tere</p><ul><li>one</li><li>two</li></ul>')).toBe('Tere & tere\none\ntwo');
  });
});
