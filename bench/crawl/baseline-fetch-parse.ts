import { loadHtml } from '@app/crawler';

/**
 * The bare baseline of the crawl benchmark: walk the listing pages, fetch every job page with
 * global fetch and parse it with cheerio (the same htmlparser2 mode as the crawler), reading the
 * JSON-LD block — no robots, no queue, no database.
 */
export async function baselineFetchAndParse(entryUrl: string, concurrency: number): Promise<{ pages: number; seconds: number }> {
  const started = process.hrtime.bigint();
  const detailUrls: string[] = [];
  let next: string | undefined = entryUrl;
  let pages = 0;
  while (next) {
    const html = await (await fetch(next)).text();
    pages++;
    const $ = loadHtml(html);
    $('a[href]').each((_, el) => {
      const href = $(el).attr('href');
      if (href && /\/bench\/\d+\/jobs\//.test(href)) detailUrls.push(new URL(href, next).toString());
    });
    const rel = $('a[rel=next]').attr('href');
    next = rel ? new URL(rel, next).toString() : undefined;
  }
  let cursor = 0;
  const unique = [...new Set(detailUrls)];
  async function lane(): Promise<void> {
    while (cursor < unique.length) {
      const url = unique[cursor++];
      const html = await (await fetch(url)).text();
      const $ = loadHtml(html);
      JSON.parse($('script[type="application/ld+json"]').first().text());
      pages++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { pages, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
