import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, RequireAuth } from '../auth/auth.decorators';
import { uuidParam } from '../auth/id-param.pipe';
import type { Principal } from '../auth/principal';
import { PostingThrottle } from '../auth/throttle/throttle.decorators';
import { CreateRecruiterPostingDto, UpdateRecruiterPostingDto } from './dto/posting-fields.dto';
import { ListRecruiterPostingsQueryDto } from './dto/list-recruiter-postings-query.dto';
import type { RecruiterPostingView } from './recruiter-posting.view';
import { RecruiterPostingsService } from './recruiter-postings.service';

/** 202 while normalisation is still going: the body says `pending`, Location where to look again. */
function answer(res: Response, view: RecruiterPostingView, doneStatus: number): RecruiterPostingView {
  res.status(view.status === 'pending' ? 202 : doneStatus);
  res.setHeader('Location', view.links.self);
  return view;
}

@ApiTags('recruiter')
@Controller('api/recruiter/postings')
@RequireAuth({ apiKeys: true })
@ApiForbiddenResponse({ description: 'The posting belongs to another employer.' })
export class RecruiterPostingsController {
  constructor(private readonly postings: RecruiterPostingsService) {}

  @Post()
  @PostingThrottle()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key and body returns the first posting instead of posting twice.' })
  @ApiCreatedResponse({ description: 'Posted and normalised: the body carries the tags it got.' })
  @ApiAcceptedResponse({ description: 'Posted; normalisation takes longer than usual. GET the Location for the tags.' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateRecruiterPostingDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RecruiterPostingView> {
    const { view, replayed } = await this.postings.create(principal, body, idempotencyKey, req.ip);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return answer(res, view, 201);
  }

  @Get()
  @ApiOkResponse({ description: 'Your employer\'s postings (all employers\' for admins), newest first, with their status and tags.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListRecruiterPostingsQueryDto) {
    return this.postings.list(principal, query);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'One posting with its status and tags.' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string): Promise<RecruiterPostingView> {
    return this.postings.get(principal, id);
  }

  @Patch(':id')
  @PostingThrottle()
  @ApiOkResponse({ description: 'Edited and normalised again.' })
  @ApiConflictResponse({ description: 'The posting is closed.' })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateRecruiterPostingDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RecruiterPostingView> {
    return answer(res, await this.postings.update(principal, id, body, req.ip), 200);
  }

  @Post(':id/close')
  @HttpCode(200)
  @PostingThrottle()
  @ApiOkResponse({ description: 'Closed: job seekers no longer see it. Closing again changes nothing.' })
  close(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request): Promise<RecruiterPostingView> {
    return this.postings.close(principal, id, req.ip);
  }
}
