import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { html, layout, sendPage } from './html';
import { SignInRequiredException } from './web-session.guard';

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
}

/** Errors of web pages as pages: sign-in redirects, readable 4xx, and a 500 with an error id. */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof SignInRequiredException) {
      const next = exception.next ? `?next=${encodeURIComponent(exception.next)}` : '';
      res.redirect(303, `/sign-in${next}`);
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const title = status === 429 ? 'Too many attempts' : status === 403 ? 'Not allowed' : status === 404 ? 'Not found' : 'Something is wrong';
      const hint = status === 429 ? ` Try again in ${res.getHeader('Retry-After') ?? 'a few'} seconds.` : '';
      sendPage(res, status, layout({ title, body: html`<h1>${title}</h1><p class="alert" role="alert">${messageOf(exception)}${hint}</p><p><a href="/recruiter/postings">Back to your postings</a></p>` }));
      return;
    }
    const errorId = randomUUID();
    this.logger.error({ msg: 'unhandled error in a web page', errorId, error: (exception as Error)?.message, stack: (exception as Error)?.stack });
    sendPage(res, 500, layout({ title: 'Error', body: html`<h1>Something went wrong</h1><p class="alert" role="alert">Please try again. Error id: ${errorId}</p>` }));
  }
}
