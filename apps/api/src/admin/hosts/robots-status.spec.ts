import { mostTelling, robotsStateOf } from './robots-status';

describe('robotsStateOf', () => {
  it('reads the crawl delay our agent is asked for', () => {
    const body = 'User-agent: FrontlineBot\nCrawl-delay: 4\nDisallow: /private\n\nUser-agent: *\nDisallow:';
    expect(robotsStateOf('https://jobs.example.com', JSON.stringify({ state: 'rules', body }), 'FrontlineBot')).toEqual({ state: 'rules', crawlDelaySeconds: 4 });
    expect(robotsStateOf('https://jobs.example.com', JSON.stringify({ state: 'rules', body: 'User-agent: *\nDisallow: /x' }), 'FrontlineBot')).toEqual({
      state: 'rules',
      crawlDelaySeconds: null,
    });
  });

  it('reads "no robots.txt" and "unreachable"', () => {
    expect(robotsStateOf('https://a.test', '{"state":"allow-all"}', 'FrontlineBot')).toEqual({ state: 'allow-all' });
    expect(robotsStateOf('https://a.test', '{"state":"unavailable","reason":"HTTP 503"}', 'FrontlineBot')).toEqual({ state: 'unavailable', reason: 'HTTP 503' });
  });

  it.each([null, '', 'not json', '[]', '{"state":"rules"}', '{"state":42}'])('reads %p as unknown', (cached) => {
    expect(robotsStateOf('https://a.test', cached, 'FrontlineBot')).toEqual({ state: 'unknown' });
  });
});

describe('mostTelling', () => {
  it('prefers an outage, then rules, then allow-all', () => {
    expect(mostTelling([{ state: 'allow-all' }, { state: 'unavailable', reason: 'x' }]).state).toBe('unavailable');
    expect(mostTelling([{ state: 'unknown' }, { state: 'rules', crawlDelaySeconds: null }]).state).toBe('rules');
    expect(mostTelling([]).state).toBe('unknown');
  });
});
