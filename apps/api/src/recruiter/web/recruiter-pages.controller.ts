import { Body, Controller, Get, HttpException, Inject, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import { uuidParam } from '../../auth/id-param.pipe';
import type { Principal } from '../../auth/principal';
import { PostingThrottle } from '../../auth/throttle/throttle.decorators';
import { sendPage } from '../../auth/web/html';
import { csrfToken } from '../../auth/web/web-cookies';
import { WebErrorFilter } from '../../auth/web/web-error.filter';
import { WebSessionGuard } from '../../auth/web/web-session.guard';
import { CreateRecruiterPostingDto, UpdateRecruiterPostingDto } from '../dto/posting-fields.dto';
import { validatePostingFields, type FieldError, type PostingInput } from '../posting-input';
import { RecruiterPostingsService } from '../recruiter-postings.service';
import { errorsByField, formToFields, formToPatch, valuesOfForm, valuesOfInput } from './posting-form';
import { postingFormPage, postingsListPage } from './recruiter.pages';

type Form = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The field errors of a 400 from the service, for inline display. */
function fieldErrorsOf(err: unknown): FieldError[] | null {
  if (!(err instanceof HttpException) || err.getStatus() !== 400) return null;
  const body = err.getResponse() as { details?: FieldError[]; parameters?: string[]; message?: string };
  return body.details ?? (body.parameters ?? ['form']).map((parameter) => ({ parameter, problems: [String(body.message)] }));
}

/** Recruiters' pages: their postings with status, the post/edit form with inline errors, close. */
@ApiExcludeController()
@Controller('recruiter')
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorFilter)
export class RecruiterPagesController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly postings: RecruiterPostingsService,
  ) {}

  @Get()
  home(@Res() res: Response): void {
    res.redirect(303, '/recruiter/postings');
  }

  @Get('postings')
  async list(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response, @Query('notice') notice: unknown, @Query('cursor') cursor: unknown): Promise<void> {
    const page = await this.postings.list(principal, { cursor: typeof cursor === 'string' ? cursor : undefined });
    sendPage(
      res,
      200,
      postingsListPage(this.chrome(principal, req, res), page.postings, {
        notice: typeof notice === 'string' ? notice : undefined,
        showEmployer: principal.role === 'admin',
        nextCursor: page.nextCursor,
      }),
    );
  }

  @Get('postings/new')
  newForm(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): void {
    sendPage(res, 200, postingFormPage({ chrome: this.chrome(principal, req, res), mode: this.newMode(principal, randomUUID()), values: {}, errors: new Map() }));
  }

  @Post('postings')
  @PostingThrottle()
  async create(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response, @Body() form: Form): Promise<void> {
    // The key is made when the form is shown: submitting it twice (a double click, a reload) posts once.
    const key = typeof form.idempotencyKey === 'string' && UUID.test(form.idempotencyKey) ? form.idempotencyKey : randomUUID();
    const employerId = typeof form.employerId === 'string' && form.employerId.trim() ? form.employerId.trim() : undefined;
    const again = (errors: FieldError[]) =>
      sendPage(res, 400, postingFormPage({ chrome: this.chrome(principal, req, res), mode: this.newMode(principal, key, employerId), values: valuesOfForm(form), errors: errorsByField(errors) }));
    const { input, errors } = validatePostingFields(formToFields(form));
    if (!input) return again(errors);
    if (principal.role === 'admin' && (!employerId || !UUID.test(employerId))) return again([{ parameter: 'employerId', problems: ['employerId must be the UUID of an employer'] }]);
    try {
      const { view } = await this.postings.create(principal, plainToInstance(CreateRecruiterPostingDto, { ...input, employerId }), key, req.ip);
      res.redirect(303, `/recruiter/postings?notice=${view.status === 'pending' ? 'pending' : 'created'}`);
    } catch (err) {
      const errors = fieldErrorsOf(err);
      if (!errors) throw err;
      again(errors);
    }
  }

  @Get('postings/:id/edit')
  async editForm(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const view = await this.postings.get(principal, id);
    sendPage(res, 200, postingFormPage({ chrome: this.chrome(principal, req, res), mode: { kind: 'edit', id }, values: valuesOfInput(view.fields as PostingInput), errors: new Map() }));
  }

  @Post('postings/:id/edit')
  @PostingThrottle()
  async update(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request, @Res() res: Response, @Body() form: Form): Promise<void> {
    const again = (errors: FieldError[]) =>
      sendPage(res, 400, postingFormPage({ chrome: this.chrome(principal, req, res), mode: { kind: 'edit', id }, values: valuesOfForm(form), errors: errorsByField(errors) }));
    const { errors } = validatePostingFields(formToFields(form));
    if (errors.length > 0) return again(errors);
    try {
      const view = await this.postings.update(principal, id, plainToInstance(UpdateRecruiterPostingDto, formToPatch(form)), req.ip);
      res.redirect(303, `/recruiter/postings?notice=${view.status === 'pending' ? 'pending' : 'updated'}`);
    } catch (err) {
      const fieldErrors = fieldErrorsOf(err);
      if (!fieldErrors) throw err;
      again(fieldErrors);
    }
  }

  @Post('postings/:id/close')
  @PostingThrottle()
  async close(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.postings.close(principal, id, req.ip);
    res.redirect(303, '/recruiter/postings?notice=closed');
  }

  private chrome(principal: Principal, req: Request, res: Response): { email: string; csrf: string } {
    return { email: principal.email, csrf: csrfToken(req, res, this.config) };
  }

  private newMode(principal: Principal, idempotencyKey: string, employerId?: string) {
    return { kind: 'new' as const, idempotencyKey, askEmployer: principal.role === 'admin', employerId };
  }
}
