import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PoolConfig } from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PrismaClient } from './generated/prisma/client';

/** The pg pool settings behind PrismaService, from the validated config. */
export function prismaPoolConfig(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'DATABASE_STATEMENT_TIMEOUT_MS'>,
): PoolConfig {
  return {
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_SIZE,
    // Set at connection start-up, so it holds for every statement of every pooled connection,
    // transactions included: a runaway query cannot hold a connection for ever.
    options: `-c statement_timeout=${config.DATABASE_STATEMENT_TIMEOUT_MS}`,
  };
}

/**
 * The Prisma client of a Nest process, over node-postgres (no native query engine).
 * Only repositories in libs/db use it (STYLE.md, habit 2).
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({ adapter: new PrismaPg(prismaPoolConfig(config)) });
  }

  /**
   * The pg pool connects lazily, so one real query here is what makes a wrong DATABASE_URL
   * or a database that is down fail the boot, not the first request.
   */
  async onModuleInit(): Promise<void> {
    await this.$connect();
    await this.$queryRaw`SELECT 1`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
