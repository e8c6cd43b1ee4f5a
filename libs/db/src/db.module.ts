import { Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';

/**
 * Database access for a Nest app. Needs `ConfigModule.forRoot(config)` (global) imported by
 * the app, which provides the APP_CONFIG this module's PrismaService is built from.
 */
@Module({
  providers: [PrismaService],
  exports: [PrismaService],
})
export class DbModule {}
