import { Injectable } from '@nestjs/common';
import { SourceRepository } from '@app/db';

const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;

/** Source id → name for metric labels, cached: every finished job asks. */
@Injectable()
export class SourceNamesService {
  private readonly names = new Map<string, { name: string; until: number }>();

  constructor(private readonly sources: SourceRepository) {}

  async nameOf(sourceId: string, now: number = Date.now()): Promise<string> {
    const hit = this.names.get(sourceId);
    if (hit && hit.until > now) return hit.name;
    const source = await this.sources.findById(sourceId).catch(() => null);
    // A source that cannot be read (deleted, database down) is labelled by its id for now.
    const name = source?.name ?? sourceId;
    if (this.names.size >= MAX_ENTRIES) this.names.clear();
    if (source) this.names.set(sourceId, { name, until: now + TTL_MS });
    return name;
  }
}
