import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import cookieParser from 'cookie-parser';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AccessTokenService, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './access-token.service';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { ApiAuthGuard } from './api-auth.guard';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { Authenticator } from './authenticator.service';
import { FirstAdminService } from './first-admin.service';
import { PasswordHasher } from './password-hasher.service';
import { RetryAfterThrottlerGuard } from './throttle/retry-after-throttler.guard';
import { throttlerOptions } from './throttle/throttler-options';
import { SignInPagesController } from './web/sign-in-pages.controller';
import { WebSessionGuard } from './web/web-session.guard';

/**
 * Accounts and authentication: sign-in (API tokens and web sessions), API keys, invitations,
 * rate limits. Global, so that any feature module can guard its routes with RequireAuth or
 * WebSessionGuard without importing it.
 */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.AUTH_JWT_SECRET,
        signOptions: { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
      }),
    }),
    ThrottlerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: throttlerOptions }),
  ],
  controllers: [AuthController, ApiKeysController, AccountsController, SignInPagesController],
  providers: [
    AccessTokenService,
    AccountsService,
    ApiAuthGuard,
    ApiKeysService,
    AuthService,
    Authenticator,
    FirstAdminService,
    PasswordHasher,
    RetryAfterThrottlerGuard,
    WebSessionGuard,
  ],
  exports: [AccessTokenService, AccountsService, ApiAuthGuard, AuthService, Authenticator, PasswordHasher, RetryAfterThrottlerGuard, WebSessionGuard],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Web pages read their session and form-token cookies; API routes ignore cookies.
    consumer.apply(cookieParser()).forRoutes('{*path}');
  }
}
