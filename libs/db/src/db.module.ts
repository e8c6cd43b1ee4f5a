import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { REPOSITORIES } from './repositories';

/**
 * Database access for a Nest app: PrismaService and every repository. Needs
 * `ConfigModule.forRoot(config)` (global) imported by the app, which provides the APP_CONFIG
 * this module's PrismaService is built from. Global, so feature modules get repositories without
 * importing it again.
 */
@Global()
@Module({
  providers: [PrismaService, ...REPOSITORIES],
  exports: [PrismaService, ...REPOSITORIES],
})
export class DbModule {}
