import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHtml } from './load-html';
import { readJsonLdBlocks, readJsonLdBlocksFromHtml } from './json-ld';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures', 'jsonld');

describe('readJsonLdBlocksFromHtml', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.html')))('reads the same blocks as the DOM reader in %s', (file) => {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    expect(readJsonLdBlocksFromHtml(html)).toEqual(readJsonLdBlocks(loadHtml(html)));
  });

  it('accepts every way of writing the type and ignores other scripts', () => {
    const html = [
      '<script>var a = {"@type":"JobPosting"}</script>',
      '<SCRIPT type="application/ld+json">{"n":1}</SCRIPT>',
      "<script type='application/ld+json; charset=utf-8'>{\"n\":2}</script >",
      '<script type=application/ld+json>{"n":3}</script>',
      '<script type="text/javascript">{"n":4}</script>',
      '<script data-x="1" type = "Application/LD+JSON" >{"n":5}</script>',
      '<script type="application/ld+json">{broken</script>',
    ].join('\n');
    expect(readJsonLdBlocksFromHtml(html)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 5 }]);
  });

  it('reads nothing from unterminated scripts, however many (a linear scan)', () => {
    expect(readJsonLdBlocksFromHtml('<script type="application/ld+json">' + '{"a":1,'.repeat(200_000))).toEqual([]);
    expect(readJsonLdBlocksFromHtml('<script type="application/ld+json">'.repeat(50_000))).toEqual([]);
    expect(readJsonLdBlocksFromHtml('<scripts type="application/ld+json">{"n":1}</script>')).toEqual([]);
  });
});
