import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequireAuth } from '../../auth/auth.decorators';
import { HostHealthService } from './host-health.service';

@ApiTags('admin')
@Controller('api/admin/hosts')
@RequireAuth({ roles: ['admin'] })
export class AdminHostsController {
  constructor(private readonly hosts: HostHealthService) {}

  @Get()
  @ApiOkResponse({ description: 'Every recently crawled host: requests per minute, shares of 429/5xx/timeouts, backoff, politeness delay, robots.txt, last success, verdict.' })
  async list() {
    try {
      return { hosts: await this.hosts.report() };
    } catch (err) {
      throw new ServiceUnavailableException({ statusCode: 503, message: `host statistics cannot be read: ${(err as Error).message}` });
    }
  }
}
