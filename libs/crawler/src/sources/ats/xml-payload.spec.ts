import { PermanentPageError } from '../../errors';
import type { FetchedPage } from '../../source-adapter';
import { parseXmlPayload, xmlText } from './xml-payload';

const page = (body: string): FetchedPage => ({ url: 'https://feeds.example/jobs.rss', finalUrl: 'https://feeds.example/jobs.rss', status: 200, contentType: 'application/xml', body });

describe('parseXmlPayload', () => {
  it('decodes escaped markup once and keeps repeated elements as arrays', () => {
    const tree = parseXmlPayload(page('<rss><channel><item><title>A &amp;amp; B</title><description>&lt;p&gt;it&#8217;s&nbsp;ok&lt;/p&gt;</description></item></channel></rss>'), 'rss');
    const channel = (tree.rss as { channel: { item: Array<Record<string, unknown>> } }).channel;
    expect(channel.item).toHaveLength(1);
    expect(xmlText(channel.item[0].title)).toBe('A &amp; B');
    expect(xmlText(channel.item[0].description)).toBe('<p>it’s\u00a0ok</p>');
  });

  it('reads a big feed whose escaped HTML holds far more than 10 000 entities', () => {
    const item = `<item><title>Agent</title><description>${'&lt;li&gt;x&lt;/li&gt;'.repeat(20)}</description></item>`;
    const tree = parseXmlPayload(page(`<rss><channel>${item.repeat(500)}</channel></rss>`), 'rss');
    expect((tree.rss as { channel: { item: unknown[] } }).channel.item).toHaveLength(500);
  });

  it('refuses a DOCTYPE entity bomb', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">]>' +
      `<rss><channel><item><title>${'&a;'.repeat(20_000)}</title></item></channel></rss>`;
    expect(() => parseXmlPayload(page(bomb), 'rss')).toThrow(PermanentPageError);
  });

  it('reads text from attributes-bearing elements and plain values', () => {
    expect(xmlText({ '#text': ' guid-1 ', '@_isPermaLink': 'false' })).toBe('guid-1');
    expect(xmlText(['first', 'second'])).toBe('first');
    expect(xmlText({ '@_href': 'x' })).toBeUndefined();
    expect(xmlText('   ')).toBeUndefined();
  });
});
