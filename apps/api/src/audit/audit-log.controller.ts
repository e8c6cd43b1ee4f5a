import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditLogRepository } from '@app/db';
import { RequireAuth } from '../auth/auth.decorators';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import { ListAuditLogQueryDto } from './dto/list-audit-log-query.dto';

@ApiTags('admin')
@Controller('api/admin/audit-log')
@RequireAuth({ roles: ['admin'] })
export class AuditLogController {
  constructor(private readonly log: AuditLogRepository) {}

  @Get()
  @ApiOkResponse({ description: 'Who changed what and when, newest first.' })
  async list(@Query() query: ListAuditLogQueryDto) {
    const before = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
    if (before === null) throw new BadRequestException({ statusCode: 400, message: 'cursor is not one this API gave', parameters: ['cursor'] });
    const limit = query.limit ?? 50;
    const entries = await this.log.list({ ...query, before, limit });
    const last = entries.length === limit ? entries[entries.length - 1] : undefined;
    return {
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actor: { id: e.actorId, email: e.actorEmail, role: e.actorRole, via: e.via, apiKeyId: e.apiKeyId, ip: e.ip },
        action: e.action,
        entity: { type: e.entityType, id: e.entityId },
        employerId: e.employerId,
        changes: e.changes,
      })),
      nextCursor: last ? encodeAuditCursor(last.at, last.id) : null,
    };
  }
}
