import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Registry } from 'prom-client';
import { METRICS_REGISTRY } from './metrics-registry';

/** GET /metrics in Prometheus' text format. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  async scrape(@Res() res: Response): Promise<void> {
    const body = await this.registry.metrics();
    res.status(200).set({ 'Content-Type': this.registry.contentType, 'Cache-Control': 'no-store' }).send(body);
  }
}
