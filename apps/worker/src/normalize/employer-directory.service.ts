import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { buildEmployerDirectory, defaultEmployerEntries, type EmployerDirectory } from '@app/taxonomy';
import { EmployerRepository } from '@app/db';

/** How often a worker picks up aliases that admins added to the database. */
const REFRESH_MS = 60_000;

/**
 * The employer matcher over the database's aliases (so an admin can add one), rebuilt every
 * minute. Falls back to the bundled data file while the database has no headline employers
 * (before the seed ran).
 */
@Injectable()
export class EmployerDirectoryService implements OnModuleInit {
  private readonly logger = new Logger(EmployerDirectoryService.name);
  private directory: EmployerDirectory = buildEmployerDirectory(defaultEmployerEntries());
  private loadedAt = 0;

  constructor(private readonly employers: EmployerRepository) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
  }

  async current(): Promise<EmployerDirectory> {
    if (Date.now() - this.loadedAt > REFRESH_MS) await this.refresh();
    return this.directory;
  }

  private async refresh(): Promise<void> {
    this.loadedAt = Date.now();
    try {
      const entries = await this.employers.loadDirectoryEntries();
      if (entries.length > 0) this.directory = buildEmployerDirectory(entries);
    } catch (err) {
      // Keep tagging with the previous directory; the database outage shows up elsewhere.
      this.logger.warn({ msg: 'employer aliases not refreshed', error: (err as Error).message });
    }
  }
}
