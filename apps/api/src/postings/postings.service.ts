import { Injectable, NotFoundException } from '@nestjs/common';
import { PostingQueryRepository, PostingRepository } from '@app/db';
import { ListPostingsQueryDto } from './dto/list-postings-query.dto';
import { decodeCursor, encodeCursor } from './posting-cursor';

const DEFAULT_PAGE_SIZE = 20;

@Injectable()
export class PostingsService {
  constructor(
    private readonly query: PostingQueryRepository,
    private readonly postings: PostingRepository,
  ) {}

  async list(dto: ListPostingsQueryDto) {
    const limit = dto.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.query.listOpen({ roles: dto.role, limit: limit + 1, cursor: dto.cursor ? decodeCursor(dto.cursor) : undefined });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(({ sortAt: _sortAt, ...item }) => item),
      nextCursor: rows.length > limit && last ? encodeCursor({ sortAt: last.sortAt, id: last.id }) : null,
    };
  }

  async get(id: string) {
    const posting = await this.postings.findById(id);
    if (!posting) throw new NotFoundException({ message: `no posting ${id}`, parameter: 'id' });
    const { tagExplanation, descriptionText: _text, fingerprint: _fp, contentHash: _hash, ...rest } = posting;
    return { ...rest, explanation: tagExplanation };
  }
}
