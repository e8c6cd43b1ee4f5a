import type { AppConfig } from '@app/config';
import { strictValidationPipe } from '../../apps/api/src/errors/validation.pipe';
import { SearchPostingsQueryDto } from '../../apps/api/src/postings/dto/search-postings-query.dto';
import { decodeCursor } from '../../apps/api/src/postings/posting-cursor';
import { toSearchFilter } from '../../apps/api/src/postings/search-filter';
import { buildFacetSql } from '../../libs/db/src/search/facet-sql';
import { buildListingSql, type SqlStatement } from '../../libs/db/src/search/listing-sql';

const pipe = strictValidationPipe();

export interface ApiStatements {
  /** The page query, exactly as the API sends it. */
  listing: SqlStatement;
  /** Facet counts the way PostgreSQL alone would give them (the API answers them from memory). */
  facets: SqlStatement;
}

/**
 * The SQL the API runs for a query string: parsed, validated and mapped by the API's own code,
 * built by the repository's own builders, so the baseline cannot drift from what is measured.
 */
export async function statementsFor(query: string, config: AppConfig): Promise<ApiStatements> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const prior = raw[key];
    raw[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  const dto = (await pipe.transform(raw, { type: 'query', metatype: SearchPostingsQueryDto })) as SearchPostingsQueryDto;
  const filter = toSearchFilter(dto, config);
  const sort = dto.sort ?? 'newest';
  const cursor = dto.cursor ? decodeCursor(dto.cursor, sort) : undefined;
  return {
    listing: buildListingSql({ filter, sort, cursor, limit: (dto.limit ?? 20) + 1 }),
    facets: buildFacetSql(filter, 20),
  };
}
