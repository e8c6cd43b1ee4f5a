import { Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PostingQueryRepository, PostingRepository } from '@app/db';
import { badParameter } from './bad-parameter';
import { SearchPostingsQueryDto } from './dto/search-postings-query.dto';
import { decodeCursor, encodeCursor } from './posting-cursor';
import { postingSummary } from './posting-view';
import { toSearchFilter } from './search-filter';

const DEFAULT_PAGE_SIZE = 20;

/** The repository's SearchTimeoutError, recognised by name so this app needs only the repository's public surface. */
const isSearchTimeout = (err: unknown) => (err as Error)?.name === 'SearchTimeoutError';

@Injectable()
export class PostingsService {
  constructor(
    private readonly query: PostingQueryRepository,
    private readonly postings: PostingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async search(dto: SearchPostingsQueryDto) {
    const filter = toSearchFilter(dto, this.config);
    const sort = dto.sort ?? 'newest';
    if (sort === 'relevance' && filter.q === undefined) throw badParameter('sort', 'sort=relevance needs keywords in q');
    const cursor = dto.cursor ? decodeCursor(dto.cursor, sort) : undefined;
    try {
      const [page, facets] = await Promise.all([
        this.query.search({ filter, sort, cursor, limit: dto.limit ?? DEFAULT_PAGE_SIZE }),
        dto.facets ? this.query.facets(filter) : undefined,
      ]);
      return {
        items: page.items.map(postingSummary),
        nextCursor: page.next ? encodeCursor(page.next) : null,
        ...(facets ? { total: facets.total, facets: facets.facets } : {}),
      };
    } catch (err) {
      if (isSearchTimeout(err)) throw new ServiceUnavailableException({ statusCode: 503, message: 'The search took too long; narrow it down and try again.' });
      throw err;
    }
  }

  async get(id: string) {
    const posting = await this.postings.findById(id);
    if (!posting) throw new NotFoundException({ statusCode: 404, message: `no posting ${id}`, parameters: ['id'] });
    const { tagExplanation, descriptionText: _text, fingerprint: _fp, contentHash: _hash, ...rest } = posting;
    return { ...rest, explanation: tagExplanation };
  }
}
