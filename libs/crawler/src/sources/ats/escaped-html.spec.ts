import { decodeEscapedHtml, looksEscaped, unescapeHtmlOnce } from './escaped-html';

describe('decodeEscapedHtml', () => {
  it('decodes the escaper vocabulary once, leaving the markup its own entities', () => {
    expect(decodeEscapedHtml('&lt;p class=&quot;x&quot;&gt;Tom &amp;amp; Jerry&amp;nbsp;&#39;s&lt;/p&gt;')).toBe('<p class="x">Tom &amp; Jerry&nbsp;\'s</p>');
  });

  it('decodes numeric references and keeps invalid ones as written', () => {
    expect(decodeEscapedHtml('&#8217; &#x41; &#xD800; &#99999999;')).toBe('’ A &#xD800; &#99999999;');
  });
});

describe('unescapeHtmlOnce', () => {
  it('decodes escaped markup but leaves raw markup (already decoded) alone', () => {
    expect(looksEscaped('&lt;p&gt;Hi&lt;/p&gt;')).toBe(true);
    expect(unescapeHtmlOnce('&lt;p&gt;Hi&lt;/p&gt;')).toBe('<p>Hi</p>');
    expect(unescapeHtmlOnce('<p>5 &lt; 6 &amp;&amp; 7</p>')).toBe('<p>5 &lt; 6 &amp;&amp; 7</p>');
    expect(unescapeHtmlOnce('Plain text, 5 &lt; 6')).toBe('Plain text, 5 &lt; 6');
  });
});
