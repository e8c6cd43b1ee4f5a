import { Injectable } from '@nestjs/common';
import { Prisma, type Role } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

export interface ListPostingsQuery {
  roles?: Role[];
  /** Opaque keyset cursor from a previous page. */
  cursor?: { sortAt: Date; id: string };
  limit: number;
}

export const POSTING_LIST_SELECT = {
  id: true,
  title: true,
  employerName: true,
  roles: true,
  seniority: true,
  language: true,
  remoteMode: true,
  city: true,
  country: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  salaryRaw: true,
  postedAt: true,
  validThrough: true,
  applyUrl: true,
  createdAt: true,
} satisfies Prisma.PostingSelect;

export type PostingListItem = Prisma.PostingGetPayload<{ select: typeof POSTING_LIST_SELECT }> & { sortAt: Date };

/**
 * Read side of postings for job seekers. Newest first by the posting's own date, or the date we
 * first stored it when the source gave none; keyset pagination on (that date, id) so pages stay
 * stable while postings arrive.
 */
@Injectable()
export class PostingQueryRepository {
  constructor(private readonly prisma: PrismaService) {}

  async listOpen(query: ListPostingsQuery): Promise<PostingListItem[]> {
    const filters: Prisma.Sql[] = [Prisma.sql`status = 'open'`];
    if (query.roles?.length) filters.push(Prisma.sql`roles && ${query.roles}::"Role"[]`);
    if (query.cursor) {
      filters.push(Prisma.sql`(coalesce(posted_at, created_at), id) < (${query.cursor.sortAt}::timestamptz, ${query.cursor.id}::uuid)`);
    }
    const rows = await this.prisma.$queryRaw<{ id: string; sort_at: Date }[]>`
      SELECT id, coalesce(posted_at, created_at) AS sort_at FROM postings
       WHERE ${Prisma.join(filters, ' AND ')}
       ORDER BY coalesce(posted_at, created_at) DESC, id DESC
       LIMIT ${query.limit}`;
    if (rows.length === 0) return [];
    const items = await this.prisma.posting.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: POSTING_LIST_SELECT });
    const byId = new Map(items.map((i) => [i.id, i]));
    return rows.flatMap((r) => {
      const item = byId.get(r.id);
      return item ? [{ ...item, sortAt: r.sort_at }] : [];
    });
  }
}
