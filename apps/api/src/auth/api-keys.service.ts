import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiKeyRepository, type ApiKeySummary } from '@app/db';
import type { CreateApiKeyDto } from './dto/auth.dto';
import { hashToken, newOpaqueToken } from './opaque-token';
import { auditActor, type Principal } from './principal';

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface IssuedApiKey extends ApiKeyView {
  /** Shown once, now: only its hash is stored. */
  key: string;
}

/** Characters of a key kept in clear to tell keys apart: the kind prefix plus 8 random ones. */
const VISIBLE_PREFIX = 12;

function view(k: ApiKeySummary): ApiKeyView {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    expiresAt: k.expiresAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

/** A signed-in account's API keys. Its routes refuse API keys: a leaked key must not mint more. */
@Injectable()
export class ApiKeysService {
  constructor(private readonly keys: ApiKeyRepository) {}

  async create(principal: Principal, dto: CreateApiKeyDto, ip: string | undefined): Promise<IssuedApiKey> {
    const key = newOpaqueToken('apiKey');
    const expiresAt = dto.expiresInDays ? new Date(Date.now() + dto.expiresInDays * 24 * 3600 * 1000) : null;
    const created = await this.keys.create(
      { userId: principal.userId, name: dto.name.trim(), prefix: key.slice(0, VISIBLE_PREFIX), keyHash: hashToken(key), expiresAt },
      { actor: auditActor(principal, ip), action: 'api_key.create', entityType: 'api_key', employerId: principal.employerId, changes: { name: dto.name.trim(), expiresAt } },
    );
    return { ...view(created), key };
  }

  async list(principal: Principal): Promise<ApiKeyView[]> {
    return (await this.keys.listForUser(principal.userId)).map(view);
  }

  async revoke(principal: Principal, id: string, ip: string | undefined): Promise<void> {
    const revoked = await this.keys.revoke(id, principal.userId, {
      actor: auditActor(principal, ip),
      action: 'api_key.revoke',
      entityType: 'api_key',
      entityId: id,
      employerId: principal.employerId,
    });
    if (!revoked) throw new NotFoundException({ statusCode: 404, message: 'you have no active API key with this id' });
  }
}
