import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { PrismaService } from './prisma.service';

/** Health of PostgreSQL as the app sees it: a round trip through the app's own pool. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly prisma: PrismaService,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'database') {
    const session = this.health.check(key);
    const started = Date.now();
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      return session.up({ latencyMs: Date.now() - started });
    } catch (err) {
      return session.down({ message: (err as Error).message });
    }
  }
}
