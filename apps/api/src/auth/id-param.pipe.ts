import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** A UUID route parameter; anything else is a 400 naming it (never a database error). */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new BadRequestException({ statusCode: 400, message: `${name} must be a UUID`, parameters: [name] }),
  });
}
