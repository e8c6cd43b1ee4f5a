import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiKeysService, type ApiKeyView, type IssuedApiKey } from './api-keys.service';
import { CurrentPrincipal, RequireAuth } from './auth.decorators';
import { CreateApiKeyDto } from './dto/auth.dto';
import { uuidParam } from './id-param.pipe';
import type { Principal } from './principal';

@ApiTags('recruiter')
@Controller('api/recruiter/api-keys')
@RequireAuth()
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiCreatedResponse({ description: 'The new key, shown this once; send it as "Authorization: Bearer <key>" or "X-Api-Key".' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateApiKeyDto, @Req() req: Request): Promise<IssuedApiKey> {
    return this.keys.create(principal, body, req.ip);
  }

  @Get()
  @ApiOkResponse({ description: 'Your keys, newest first, without their secrets.' })
  list(@CurrentPrincipal() principal: Principal): Promise<ApiKeyView[]> {
    return this.keys.list(principal);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The key stops working at once.' })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request): Promise<void> {
    return this.keys.revoke(principal, id, req.ip);
  }
}
