import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from '@app/db';
import { RedisHealthIndicator } from '@app/queue';
import { HealthController } from './health.controller';

/** GET /health for every process: PostgreSQL and Redis checked. Needs DbModule and QueueModule imported by the app. */
@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [DatabaseHealthIndicator, RedisHealthIndicator],
})
export class HealthModule {}
