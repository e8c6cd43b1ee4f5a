import type { ArgumentMetadata } from '@nestjs/common';
import { strictValidationPipe } from '../errors/validation.pipe';
import { SearchPostingsQueryDto } from '../postings/dto/search-postings-query.dto';

const pipe = strictValidationPipe();
const META: ArgumentMetadata = { type: 'query', metatype: SearchPostingsQueryDto };

/**
 * The search page's query string: what a plain HTML form submits (every field, blanks included),
 * minus the blanks, validated exactly like GET /api/jobs. `lang` is the page's own parameter.
 */
export async function parseBoardQuery(raw: Record<string, unknown>): Promise<{ params: URLSearchParams; dto: SearchPostingsQueryDto }> {
  const params = new URLSearchParams();
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'lang') continue;
    const values = (Array.isArray(value) ? value : [value]).filter((v) => !(typeof v === 'string' && v.trim() === ''));
    if (values.length === 0) continue;
    kept[key] = Array.isArray(value) ? values : values[0];
    for (const v of values) if (typeof v === 'string' && key !== 'cursor') params.append(key, v);
  }
  const dto = (await pipe.transform(kept, META)) as SearchPostingsQueryDto;
  return { params, dto };
}
