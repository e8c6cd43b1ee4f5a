import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { unwatchFile, watchFile } from 'node:fs';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { parseSourcesFile } from '@app/crawler';
import { SourceRepository, type SourceFileEntry, type SyncResult } from '@app/db';

/** Syncs SOURCES_FILE into the database at start-up and whenever the file changes. */
@Injectable()
export class SourcesFileService implements OnApplicationShutdown {
  private readonly logger = new Logger(SourcesFileService.name);
  private watching: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourceRepository,
  ) {}

  async syncAndWatch(): Promise<void> {
    const path = this.config.SOURCES_FILE;
    if (!path) return;
    await this.sync(path);
    this.watching = path;
    watchFile(path, { interval: 2000 }, () => {
      this.sync(path).catch((err: Error) => this.logger.error({ msg: 'sources file sync failed', path, error: err.message }));
    });
  }

  async sync(path: string): Promise<SyncResult | null> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      this.logger.error({ msg: 'sources file unreadable; sources left as they are', path, error: (err as Error).message });
      return null;
    }
    const { sources, problems } = parseSourcesFile(text);
    for (const p of problems) this.logger.error({ msg: 'sources file entry refused', path, source: p.source, field: p.field, problem: p.message });
    // A file that failed as a whole must not disable every source it used to list.
    if (sources.length === 0 && problems.some((p) => p.source === '(file)')) return null;
    const result = await this.sources.syncFromFile(sources.map((s): SourceFileEntry => ({ ...s, selectors: s.selectors as SourceFileEntry['selectors'] })));
    this.logger.log({ msg: 'sources file synced', path, ...result, refused: problems.length });
    return result;
  }

  onApplicationShutdown(): void {
    if (this.watching) unwatchFile(this.watching);
  }
}
