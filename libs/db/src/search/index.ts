// Job-seeker search: the SQL every query is made of, the in-memory facet index, their types.
export * from './search.types';
export { SearchTimeoutError } from './search-errors';
export { buildListingSql, cursorAfter, toSearchItem, type SqlStatement, type ListingRow } from './listing-sql';
export { buildFacetSql, facetsFromRows, type FacetRow } from './facet-sql';
export { filterConditions, whereSql, SqlParams } from './filter-sql';
export { PostingSearchIndex, DEFAULT_SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './memory/posting-search-index';
export { SearchIndexReader } from './search-index-reader';
