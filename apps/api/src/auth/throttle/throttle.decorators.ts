import { applyDecorators, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RetryAfterThrottlerGuard } from './retry-after-throttler.guard';
import { POSTING_THROTTLER, SIGN_IN_THROTTLER } from './throttler-options';

const tooMany = ApiTooManyRequestsResponse({ description: 'Rate limited; Retry-After says when to try again.' });

/** Counts the request against the sign-in limit (per client address and e-mail). */
export function SignInThrottle(): MethodDecorator & ClassDecorator {
  return applyDecorators(UseGuards(RetryAfterThrottlerGuard), SkipThrottle({ [POSTING_THROTTLER]: true }), tooMany);
}

/** Counts the request against the posting limit (per account). Put it after the auth guard. */
export function PostingThrottle(): MethodDecorator & ClassDecorator {
  return applyDecorators(UseGuards(RetryAfterThrottlerGuard), SkipThrottle({ [SIGN_IN_THROTTLER]: true }), tooMany);
}
