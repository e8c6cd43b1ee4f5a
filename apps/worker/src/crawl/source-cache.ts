import { Injectable } from '@nestjs/common';
import type { Source } from '@app/db';
import { SourceRepository } from '@app/db';

/** Every page job needs its source; a short cache saves a query per page without serving stale config for long. */
const TTL_MS = 15_000;

@Injectable()
export class SourceCache {
  private readonly entries = new Map<string, { source: Source | null; at: number }>();

  constructor(private readonly sources: SourceRepository) {}

  async get(id: string): Promise<Source | null> {
    const hit = this.entries.get(id);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.source;
    const source = await this.sources.findById(id);
    this.entries.set(id, { source, at: Date.now() });
    return source;
  }
}
