import { looksLikePostingUrl } from './listing-links';

describe('looksLikePostingUrl', () => {
  it.each([
    ['https://x.example/jobs/customer-service-advisor-4711'],
    ['https://x.example/en/careers/positions/chat-agent'],
    ['https://x.example/karjaar/toopakkumised/klienditeenindaja'],
    ['https://x.example/t%C3%B6%C3%B6kuulutused/551'],
    ['https://x.example/stillinger/88213-kundeservicemedarbeider'],
    ['https://x.example/oferta/12045-konsultant'],
    ['https://x.example/θέσεις/εκπρόσωπος-αθήνα'],
    ['https://x.example/job?id=4714'],
    ['https://x.example/job-1234-agent'],
  ])('takes %s for a posting', (url) => {
    expect(looksLikePostingUrl(new URL(url))).toBe(true);
  });

  it.each([
    ['https://x.example/jobs/'],
    ['https://x.example/jobs/?page=2'],
    ['https://x.example/jobs/page/2'],
    ['https://x.example/jobs/category/customer-service'],
    ['https://x.example/careers/'],
    ['https://x.example/blog/how-to-write-a-cv'],
    ['https://x.example/job-seekers'],
    ['https://x.example/%E0%A4%A'],
  ])('does not take %s for a posting', (url) => {
    expect(looksLikePostingUrl(new URL(url))).toBe(false);
  });
});
