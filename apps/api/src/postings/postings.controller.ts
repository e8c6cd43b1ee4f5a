import { BadRequestException, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListPostingsQueryDto } from './dto/list-postings-query.dto';
import { PostingsService } from './postings.service';

const postingIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException({ message: 'id must be a UUID', parameter: 'id' }) });

/** Public URLs say /jobs; the code says Posting (STYLE.md). */
@ApiTags('jobs')
@Controller('api/jobs')
export class PostingsController {
  constructor(private readonly postings: PostingsService) {}

  @Get()
  @ApiOkResponse({ description: 'Open postings, newest first, with a cursor to the next page.' })
  list(@Query() query: ListPostingsQueryDto) {
    return this.postings.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'One posting with every source that carries it.' })
  get(@Param('id', postingIdPipe) id: string) {
    return this.postings.get(id);
  }
}
