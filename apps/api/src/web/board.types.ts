import type { PostingsService } from '../postings/postings.service';

/** One posting as the job page shows it: what GET /api/jobs/:id returns. */
export type PostingDetail = Awaited<ReturnType<PostingsService['get']>>;
/** A page of results with facets: what GET /api/jobs?facets=true returns. */
export type SearchResult = Awaited<ReturnType<PostingsService['search']>>;
export type SearchResultItem = SearchResult['items'][number];
