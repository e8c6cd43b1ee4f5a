import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PostingsService } from '../postings/postings.service';
import { BoardErrorFilter } from './board-error.filter';
import { parseBoardQuery } from './board-query';
import { pickLanguage } from './i18n/messages';
import { jobPage } from './pages/job.page';
import { sendBoardPage } from './pages/page-layout';
import { searchPage } from './pages/search.page';
import { loadStaticAssets } from './static-assets';

const ASSETS = loadStaticAssets();

/** The public job board: server-rendered pages over the same service as GET /api/jobs. */
@ApiExcludeController()
@Controller()
@UseFilters(BoardErrorFilter)
export class BoardController {
  constructor(
    private readonly postings: PostingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async search(@Query() raw: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const lang = pickLanguage(raw.lang, req.headers['accept-language']);
    const { params, dto } = await parseBoardQuery(raw);
    const result = await this.postings.search({ ...dto, facets: true });
    const currencies = [this.config.SALARY_BASE_CURRENCY, ...Object.keys(this.config.SALARY_RATES)].filter((c, i, all) => all.indexOf(c) === i);
    sendBoardPage(res, 200, searchPage({ lang, params, result, baseCurrency: this.config.SALARY_BASE_CURRENCY, currencies, now: Date.now() }));
  }

  @Get('jobs/:id')
  async job(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() })) id: string, @Query('lang') langParam: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const lang = pickLanguage(langParam, req.headers['accept-language']);
    const posting = await this.postings.get(id);
    const pageUrl = new URL(`/jobs/${posting.id}`, this.config.PUBLIC_BASE_URL).toString();
    sendBoardPage(res, 200, jobPage({ lang, posting, pageUrl, baseCurrency: this.config.SALARY_BASE_CURRENCY, now: Date.now() }));
  }

  @Get('static/:name')
  asset(@Param('name') name: string, @Req() req: Request, @Res() res: Response): void {
    const asset = ASSETS.get(name);
    if (!asset) throw new NotFoundException();
    res.set({ 'Content-Type': asset.type, ETag: asset.etag, 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' });
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).end();
      return;
    }
    res.status(200).send(asset.body);
  }
}
