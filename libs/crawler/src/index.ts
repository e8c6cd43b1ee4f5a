export * from './errors';
export type {
  FetchedPage,
  HtmlSelectors,
  PageRequest,
  PageResult,
  SourceAdapter,
  SourceDefinition,
  SourceKindName,
} from './source-adapter';
export { adapterFor, registeredKinds } from './adapter-registry';
export {
  parseSourcesFile,
  type ParsedSourcesFile,
  type ScheduledSource,
  type SourceFileProblem,
} from './sources-file/parse-sources-file';
export { parseInterval, MIN_INTERVAL_SECONDS } from './sources-file/parse-interval';

export { PageFetcher, type FetchOutcome, type FetchPageOptions, type PageFetcherOptions } from './fetch/page-fetcher';
export { readHostStats, type FetchResultClass, type HostStats, type MinuteStats } from './fetch/host-stats';
export { nonPublicReason } from './fetch/ip-address';
export { parseRetryAfter } from './fetch/retry-after';

export { loadHtml } from './html/load-html';
export { readJsonLdBlocks, readJsonLdBlocksFromHtml, findJsonLdNodes, hasType, type JsonLdNode } from './html/json-ld';
export { parseLenientJson } from './html/lenient-json';
export { jobPostingFromJsonLd, type JobPostingContext } from './html/job-posting-json-ld';
export { jobPostingsOnPage, jobPostingsInBlocks } from './html/job-postings-on-page';
export { elementText } from './html/element-text';
export { absoluteHttpUrl, collapseWhitespace, plainText, sameSite, unescapeHtmlOnce } from './html/text';
export { requireEntryUrl } from './html/entry-url';

export { JsonLdSource } from './sources/jsonld.source';
export { HtmlSource } from './sources/html.source';
export { GreenhouseSource } from './sources/greenhouse.source';
export { LeverSource } from './sources/lever.source';
export { SmartRecruitersSource } from './sources/smartrecruiters.source';
export { PersonioSource } from './sources/personio.source';
export { RecruiteeSource } from './sources/recruitee.source';
export { WorkableSource } from './sources/workable.source';
export { AshbySource } from './sources/ashby.source';
export { RssSource } from './sources/rss.source';
export { pageFetcherFromConfig, fetchKeyPrefix } from './fetch/page-fetcher-from-config';
export { sourceDefinitionFromRow, type SourceRowFields } from './source-definition-from-row';
