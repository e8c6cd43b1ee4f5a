import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pickLanguage } from './i18n/messages';
import { errorPage } from './pages/error.page';
import { sendBoardPage } from './pages/page-layout';

/** Errors on the board's pages become pages in the reader's language, not JSON. */
@Catch()
export class BoardErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(BoardErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const lang = pickLanguage(req.query?.lang, req.headers['accept-language']);
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const body = exception.getResponse() as { message?: unknown; details?: { problems: string[] }[] };
      const problems = body.details?.flatMap((d) => d.problems) ?? (typeof body.message === 'string' ? [body.message] : []);
      sendBoardPage(res, exception.getStatus(), errorPage(lang, exception.getStatus(), problems));
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status >= 500 && status !== 503) this.logger.error({ msg: 'board page failed', error: (exception as Error)?.message, stack: (exception as Error)?.stack });
    sendBoardPage(res, status === 503 ? 503 : 500, errorPage(lang, 503, []));
  }
}
