import { PermanentPageError, SourceConfigError } from '../errors';
import type { SourceDefinition } from '../source-adapter';
import { answeredPage, readAdapterFixture } from './ats/page-fixtures';
import { RssSource, splitCompanyFromTitle } from './rss.source';

const adapter = new RssSource();
const feed: SourceDefinition = { name: 'remote-desk', kind: 'rss', url: 'https://remotedesk.example/categories/customer-support.rss' };
const atom: SourceDefinition = { name: 'aegean-careers', kind: 'rss', url: 'https://careers.aegeancare.example/jobs.atom' };

function parseBody(body: string, definition: SourceDefinition = feed) {
  const [request] = adapter.start(definition);
  return adapter.parse(answeredPage(request, body, 'application/rss+xml'), request, definition);
}

describe('RssSource', () => {
  it('validates the feed URL', () => {
    expect(() => adapter.validate(feed)).not.toThrow();
    for (const url of [undefined, '', 'feeds/jobs.rss', 'file:///etc/passwd', 'https://user:secret@remotedesk.example/jobs.rss']) {
      expect(() => adapter.validate({ ...feed, url })).toThrow(SourceConfigError);
      expect(() => adapter.validate({ ...feed, url })).toThrow(expect.objectContaining({ field: 'url' }));
    }
  });

  it('starts at the feed URL asking for RSS or Atom', () => {
    expect(adapter.start(feed)).toEqual([
      { url: feed.url, role: 'feed', accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8' },
    ]);
  });

  describe('RSS 2.0', () => {
    const postings = () => parseBody(readAdapterFixture('rss', 'remote-jobs.rss')).postings;

    it('maps a WeWorkRemotely-style item field by field, splitting "Company: Title"', () => {
      expect(postings()[0]).toEqual({
        externalId: 'https://remotedesk.example/remote-jobs/helios-contact-centers-customer-support-agent-estonian',
        url: 'https://remotedesk.example/remote-jobs/helios-contact-centers-customer-support-agent-estonian',
        title: 'Customer Support Agent (Estonian)',
        description:
          '<p>\n  <strong>Headquarters:</strong> Riga, Latvia\n</p>\n<p>Aita meie kliente e-posti ja vestluse teel.&nbsp;Töö on täielikult kaugtöö.</p>',
        employer: 'Helios Contact Centers',
        location: 'Europe Only; Estonia',
        employmentType: 'Full-Time',
        datePosted: '2026-03-02T09:30:00.000Z',
        validThrough: '2026-04-01T09:30:00.000Z',
        applyUrl: 'https://remotedesk.example/remote-jobs/helios-contact-centers-customer-support-agent-estonian',
        department: 'Customer Support',
      });
    });

    it('prefers content:encoded, resolves a relative link and keeps a non-URL guid as the id', () => {
      const second = postings()[1];
      expect(second).toMatchObject({
        externalId: 'remotedesk-48213',
        url: 'https://remotedesk.example/remote-jobs/fjord-support-technical-support-specialist',
        title: 'Technical Support Specialist',
        employer: 'Fjord Support AS',
        location: 'Anywhere in the World',
        employmentType: 'Contract',
      });
      expect(second.description).toBe('<p>Full text: troubleshoot routers &amp; mesh Wi-Fi with our customers.</p><ul><li>Nights: one week a month</li></ul>');
    });

    it('uses a guid URL when there is no link, reads "Location:" in the description, and skips untitled items', () => {
      const all = postings();
      expect(all).toHaveLength(3);
      expect(all[2]).toMatchObject({
        url: 'https://remotedesk.example/remote-jobs/wisla-services-konsultant',
        employer: 'Wisła Services',
        title: 'Konsultant ds. obsługi klienta',
        location: 'Kraków, Poland',
      });
    });
  });

  describe('Atom', () => {
    it('reads entries: alternate link, author as employer, html content decoded once', () => {
      const [request] = adapter.start(atom);
      const { postings } = adapter.parse(answeredPage(request, readAdapterFixture('rss', 'careers.atom'), 'application/atom+xml'), request, atom);
      expect(postings[0]).toEqual({
        externalId: 'tag:careers.aegeancare.example,2026:job-311',
        url: 'https://careers.aegeancare.example/jobs/311',
        title: 'Υπάλληλος Εξυπηρέτησης Πελατών – Πάτρα',
        description: '<p>Εξυπηρέτηση πελατών μέσω τηλεφώνου.</p><p>Τοποθεσία: Πάτρα</p>',
        employer: 'Aegean Care Services S.A.',
        datePosted: '2026-02-28T09:00:00+02:00',
        applyUrl: 'https://careers.aegeancare.example/jobs/311',
        department: 'Εξυπηρέτηση Πελατών',
      });
      expect(postings[1]).toMatchObject({
        url: 'https://careers.aegeancare.example/jobs/312',
        title: 'Call Centre Team Leader',
        description: 'Lead a team of twelve agents in Heraklion.',
        employer: 'Aegeancare',
        datePosted: '2026-02-25T12:00:00Z',
      });
    });

    it('names the employer from the source hint before the host', () => {
      const definition = { ...atom, employer: 'Aegean Care' };
      const [request] = adapter.start(definition);
      const { postings } = adapter.parse(answeredPage(request, readAdapterFixture('rss', 'careers.atom')), request, definition);
      expect(postings[1].employer).toBe('Aegean Care');
    });
  });

  describe('splitCompanyFromTitle', () => {
    it.each([
      ['Acme: Support Agent', undefined, { employer: 'Acme', title: 'Support Agent' }],
      ['Acme : Support Agent', undefined, { employer: 'Acme', title: 'Support Agent' }],
      ['Support Agent', undefined, { title: 'Support Agent' }],
      ['Urgent: Night Shift Agent', 'Acme', { title: 'Urgent: Night Shift Agent' }],
      ['acme: Night Shift Agent', 'Acme', { employer: 'acme', title: 'Night Shift Agent' }],
      ['JPMorgan Chase Bank, N.A.: Phone Banker', 'JPMorgan Chase', { employer: 'JPMorgan Chase Bank, N.A.', title: 'Phone Banker' }],
      ['Acmeville: Night Shift Agent', 'Acme Corp', { title: 'Acmeville: Night Shift Agent' }],
      ['Agent (see https://acme.example)', undefined, { title: 'Agent (see https://acme.example)' }],
    ])('%s (hint %s)', (title, hint, expected) => {
      expect(splitCompanyFromTitle(title, hint)).toEqual(expected);
    });
  });

  it('reads an empty channel as zero postings and a non-feed as PermanentPageError', () => {
    expect(parseBody('<rss version="2.0"><channel><title>No jobs</title></channel></rss>')).toEqual({ postings: [], next: [] });
    expect(parseBody('<feed xmlns="http://www.w3.org/2005/Atom"><title>No jobs</title></feed>')).toEqual({ postings: [], next: [] });
    expect(() => parseBody('<!DOCTYPE html><html><body>Moved</body></html>')).toThrow(PermanentPageError);
    expect(() => parseBody('{"items":[]}')).toThrow(PermanentPageError);
  });

  it('drops items whose only link is not http(s)', () => {
    const body = '<rss><channel><item><title>A: B</title><link>javascript:alert(1)</link></item></channel></rss>';
    expect(parseBody(body).postings).toEqual([]);
  });
});
