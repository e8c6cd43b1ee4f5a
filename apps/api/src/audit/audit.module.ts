import { Global, Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditService } from './audit.service';

/** The audit log: read by admins; AuditService records changes made outside a repository transaction. */
@Global()
@Module({ controllers: [AuditLogController], providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
