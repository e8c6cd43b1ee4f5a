import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { badParameter } from './bad-parameter';
import { SearchPostingsQueryDto } from './dto/search-postings-query.dto';
import { PostingsService } from './postings.service';

const postingIdPipe = new ParseUUIDPipe({ exceptionFactory: () => badParameter('id', 'id must be a UUID') });

/** Public URLs say /jobs; the code says Posting (STYLE.md). */
@ApiTags('jobs')
@Controller('api/jobs')
export class PostingsController {
  constructor(private readonly postings: PostingsService) {}

  @Get()
  @ApiOkResponse({
    description:
      'Open postings matching every filter given, one page at a time (`nextCursor` is null on the last page). With `facets=true`, also `total` and, per facet, the count of postings each value would give with the other filters kept.',
  })
  @ApiBadRequestResponse({ description: 'A parameter is unknown or invalid; `parameters` names it.' })
  @ApiServiceUnavailableResponse({ description: 'The search ran past the statement timeout.' })
  search(@Query() query: SearchPostingsQueryDto) {
    return this.postings.search(query);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'One posting with every source that carries it (provenance, apply links).' })
  @ApiNotFoundResponse({ description: 'No posting has this id.' })
  get(@Param('id', postingIdPipe) id: string) {
    return this.postings.get(id);
  }
}
