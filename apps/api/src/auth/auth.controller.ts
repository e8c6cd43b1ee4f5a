import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AccountsService } from './accounts.service';
import { CurrentPrincipal, RequireAuth } from './auth.decorators';
import { accountView, AuthService, type AccountView, type IssuedTokens } from './auth.service';
import { AcceptInvitationDto, RefreshDto, SignInDto } from './dto/auth.dto';
import type { Principal } from './principal';
import { SignInThrottle } from './throttle/throttle.decorators';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @SignInThrottle()
  @ApiOkResponse({ description: 'A short-lived access token and a single-use refresh token.' })
  signIn(@Body() body: SignInDto, @Req() req: Request): Promise<IssuedTokens> {
    return this.auth.signInApi(body.email, body.password, req.ip);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new access token and a new refresh token; the one sent stops working.' })
  refresh(@Body() body: RefreshDto, @Req() req: Request): Promise<IssuedTokens> {
    return this.auth.refresh(body.refreshToken, req.ip);
  }

  @Post('sign-out')
  @HttpCode(204)
  @RequireAuth()
  @ApiNoContentResponse({ description: 'The session ends: its access and refresh tokens stop working.' })
  async signOut(@CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<void> {
    await this.auth.signOut(principal, req.ip);
  }

  @Get('me')
  @RequireAuth({ apiKeys: true })
  @ApiOkResponse({ description: 'The account of the credentials.' })
  me(@CurrentPrincipal() principal: Principal): AccountView & { via: string } {
    return {
      id: principal.userId,
      email: principal.email,
      role: principal.role,
      employer: principal.employerId ? { id: principal.employerId, name: principal.employerName ?? '' } : null,
      via: principal.via,
    };
  }

  @Post('invitations/accept')
  @SignInThrottle()
  @ApiCreatedResponse({ description: 'The account the invitation was for, created with this password; sign in next.' })
  async acceptInvitation(@Body() body: AcceptInvitationDto, @Req() req: Request): Promise<AccountView> {
    return accountView(await this.accounts.acceptInvitation(body.token, body.password, req.ip ?? null));
  }
}
