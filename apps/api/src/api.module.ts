import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, loggerParams, type AppConfig } from '@app/config';
import { DbModule } from '@app/db';
import { QueueModule } from '@app/queue';
import { HealthModule } from '@app/health';
import { MetricsModule } from '@app/metrics';
import { PostingsModule } from './postings/postings.module';
import { WebModule } from './web/web.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { AuthModule } from './auth/auth.module';
import { AuditModule } from './audit/audit.module';
import { RecruiterModule } from './recruiter/recruiter.module';
import { AdminModule } from './admin/admin.module';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, 'api', true)),
        DbModule,
        QueueModule.forRoot(),
        HealthModule,
        MetricsModule.forRoot({ service: 'api' }),
        PostingsModule,
        WebModule,
        TaxonomyModule,
        AuthModule,
        AuditModule,
        RecruiterModule,
        AdminModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}
