import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { TAXONOMY_CATALOGUE } from '@app/taxonomy';
import { RemoteMode, Shift } from '@app/db';

/** The vocabulary of the search filters, with display labels per language and occupation codes. */
@ApiTags('taxonomy')
@Controller('api/taxonomy')
export class TaxonomyController {
  @Get()
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOkResponse({
    description:
      'Roles with their labels in en, et, nb, pl, el (and de, fi, sv) and their ISCO-08, ESCO and O*NET codes; seniority levels with labels; the shift and remote-mode values the filters accept.',
  })
  get() {
    return { ...TAXONOMY_CATALOGUE, shifts: Object.values(Shift), remoteModes: Object.values(RemoteMode) };
  }
}
