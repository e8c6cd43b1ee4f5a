import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentPrincipal, RequireAuth } from '../../auth/auth.decorators';
import { uuidParam } from '../../auth/id-param.pipe';
import type { Principal } from '../../auth/principal';
import { AdminSourcesService } from './admin-sources.service';
import { CreateSourceDto, UpdateSourceDto } from './dto/source.dto';

@ApiTags('admin')
@Controller('api/admin/sources')
@RequireAuth({ roles: ['admin'] })
export class AdminSourcesController {
  constructor(private readonly sources: AdminSourcesService) {}

  @Get()
  @ApiOkResponse({ description: 'Crawl sources with their status: last and next run, open postings, error streak, flagged.' })
  async list() {
    return { sources: await this.sources.list() };
  }

  @Get(':id')
  get(@Param('id', uuidParam()) id: string) {
    return this.sources.get(id);
  }

  @Post()
  @ApiCreatedResponse({ description: 'Saved after its kind validated it and a sample fetch worked; the answer says what the sample found.' })
  @ApiBadRequestResponse({ description: 'A field is wrong for the kind, or the sample fetch disproved it (unknown board, selectors that match nothing); `parameters` names it.' })
  @ApiConflictResponse({ description: 'The name is taken.' })
  create(@Body() dto: CreateSourceDto, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.sources.create(dto, { principal, ip: req.ip });
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'The source is declared in the sources file.' })
  update(@Param('id', uuidParam()) id: string, @Body() dto: UpdateSourceDto, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.sources.update(id, dto, { principal, ip: req.ip });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiConflictResponse({ description: 'The source carried postings: disable it instead.' })
  async delete(@Param('id', uuidParam()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<void> {
    await this.sources.delete(id, { principal, ip: req.ip });
  }

  @Post(':id/crawl')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A crawl of the source is queued.' })
  crawlNow(@Param('id', uuidParam()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.sources.crawlNow(id, { principal, ip: req.ip });
  }
}
