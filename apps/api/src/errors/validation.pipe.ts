import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], parent = ''): { parameter: string; problems: string[] }[] {
  return errors.flatMap((e) => {
    const name = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ parameter: name, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], name)];
  });
}

/** Strict input (STYLE.md habit 7): unknown fields refused, types transformed, every 400 names its parameters. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new BadRequestException({
        statusCode: 400,
        message: details.map((d) => d.problems.join('; ')).join('; '),
        parameters: details.map((d) => d.parameter),
        details,
      });
    },
  });
}
