import { BadRequestException } from '@nestjs/common';

/** A 400 shaped like the ValidationPipe's: the parameter named in `parameters`, the problem in `message`. */
export function badParameter(parameter: string, problem: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, message: problem, parameters: [parameter], details: [{ parameter, problems: [problem] }] });
}
