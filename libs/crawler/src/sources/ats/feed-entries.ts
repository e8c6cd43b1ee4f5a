import { asArray, asRecord, asRecords, readText, type PayloadRecord } from './payload-fields';
import { joinPlaceParts, joinPlaces } from './place-text';
import { xmlText } from './xml-payload';

/** One item of an RSS 2.0 / RSS 1.0 (RDF) feed or one entry of an Atom feed, format-neutral. */
export interface FeedEntry {
  title?: string;
  link?: string;
  id?: string;
  description?: string;
  published?: string;
  updated?: string;
  author?: string;
  company?: string;
  location?: string;
  categories: string[];
  employmentType?: string;
  expires?: string;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom';

/** The entries of a parsed feed, or undefined when the document is no RSS/Atom feed. */
export function feedEntries(tree: PayloadRecord): { format: FeedFormat; entries: FeedEntry[] } | undefined {
  const rss = asRecord(tree.rss);
  if (rss || tree.rss === '') {
    const channel = asRecord(asArray(rss?.channel)[0]);
    return { format: 'rss', entries: asRecords(channel?.item).map(rssItem) };
  }
  const rdf = tree['rdf:RDF'];
  if (rdf !== undefined) return { format: 'rdf', entries: asRecords(asRecord(rdf)?.item).map(rssItem) };
  const feed = tree.feed;
  if (feed !== undefined) return { format: 'atom', entries: asRecords(asRecord(feed)?.entry).map(atomEntry) };
  return undefined;
}

function rssItem(item: PayloadRecord): FeedEntry {
  return {
    title: xmlText(item.title),
    link: asArray(item.link).map(xmlText).find(Boolean),
    id: xmlText(item.guid),
    // content:encoded carries the full HTML when a feed has both; description is often a teaser.
    description: xmlText(item['content:encoded']) ?? xmlText(item.description),
    published: xmlText(item.pubDate) ?? xmlText(item['dc:date']),
    author: xmlText(item.author),
    company: xmlText(item.company) ?? xmlText(item['job:company']),
    location: placeOf(item),
    categories: asArray(item.category).map(xmlText).filter((text): text is string => !!text),
    employmentType: xmlText(item.type) ?? xmlText(item['job:type']),
    expires: xmlText(item.expires_at) ?? xmlText(item.expires) ?? xmlText(item.validThrough),
  };
}

function atomEntry(entry: PayloadRecord): FeedEntry {
  const links = asRecords(entry.link);
  const alternate = links.find((link) => (readText(link['@_rel']) ?? 'alternate') === 'alternate') ?? links[0];
  return {
    title: xmlText(entry.title),
    link: readText(alternate?.['@_href']),
    id: xmlText(entry.id),
    description: xmlText(entry.content) ?? xmlText(entry.summary),
    published: xmlText(entry.published),
    updated: xmlText(entry.updated),
    author: xmlText(asRecord(asArray(entry.author)[0])?.name),
    company: xmlText(entry.company) ?? xmlText(entry['job:company']),
    location: placeOf(entry),
    categories: asRecords(entry.category)
      .map((category) => readText(category['@_label']) ?? readText(category['@_term']))
      .filter((text): text is string => !!text),
    employmentType: xmlText(entry['job:type']),
    expires: xmlText(entry.expires),
  };
}

/**
 * A `<location>` element, else WeWorkRemotely's `<region>` (where applicants may live:
 * "Anywhere in the World") and `<state>`/`<country>` (a narrower place), both kept.
 */
function placeOf(item: PayloadRecord): string | undefined {
  const explicit = xmlText(item.location) ?? xmlText(item['job:location']);
  if (explicit) return explicit;
  return joinPlaces([xmlText(item.region), joinPlaceParts([xmlText(item.state), xmlText(item.country)])]);
}
