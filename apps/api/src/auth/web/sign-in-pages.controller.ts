import { Body, Controller, Get, HttpException, Inject, NotFoundException, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AccountsService } from '../accounts.service';
import { AuthService } from '../auth.service';
import { CurrentPrincipal } from '../auth.decorators';
import { Authenticator } from '../authenticator.service';
import type { Principal } from '../principal';
import { SignInThrottle } from '../throttle/throttle.decorators';
import { sendPage } from './html';
import { acceptInvitationPage, signInPage } from './sign-in.pages';
import { checkCsrf, cookieOptions, csrfToken, readCookie, safeNextPath, SESSION_COOKIE } from './web-cookies';
import { WebErrorFilter } from './web-error.filter';
import { WebSessionGuard } from './web-session.guard';

type Form = Record<string, unknown>;

function field(form: Form, name: string, max: number): string {
  const value = form[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Sign-in, sign-out and invitation pages, shared by recruiters and admins. */
@ApiExcludeController()
@Controller()
@UseFilters(WebErrorFilter)
export class SignInPagesController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly authenticator: Authenticator,
  ) {}

  @Get('sign-in')
  async signInForm(@Req() req: Request, @Res() res: Response, @Query('next') next: unknown): Promise<void> {
    const target = safeNextPath(next);
    if (await this.authenticator.fromSessionCookie(readCookie(req, SESSION_COOKIE))) return res.redirect(303, target);
    sendPage(res, 200, signInPage({ csrf: csrfToken(req, res, this.config), next: target }));
  }

  @Post('sign-in')
  @SignInThrottle()
  async signIn(@Req() req: Request, @Res() res: Response, @Body() form: Form): Promise<void> {
    checkCsrf(req);
    const email = field(form, 'email', 254).trim().toLowerCase();
    const next = safeNextPath(form.next);
    try {
      const user = await this.auth.verifyCredentials(email, field(form, 'password', 256));
      const session = await this.auth.signInWeb(user, req.ip);
      res.cookie(SESSION_COOKIE, session.cookieValue, { ...cookieOptions(this.config, 'lax'), expires: session.expiresAt });
      res.redirect(303, next);
    } catch (err) {
      if (!(err instanceof HttpException) || err.getStatus() !== 401) throw err;
      sendPage(res, 401, signInPage({ csrf: csrfToken(req, res, this.config), next, email, error: messageOf(err) }));
    }
  }

  @Post('sign-out')
  @UseGuards(WebSessionGuard)
  async signOut(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.auth.signOut(principal, req.ip);
    res.clearCookie(SESSION_COOKIE, cookieOptions(this.config, 'lax'));
    res.redirect(303, '/sign-in');
  }

  @Get('invitations/accept')
  async invitationForm(@Req() req: Request, @Res() res: Response, @Query('token') token: unknown): Promise<void> {
    const invitation = typeof token === 'string' ? await this.accounts.findUsableInvitation(token) : null;
    if (!invitation) throw new NotFoundException({ statusCode: 404, message: 'This invitation is unknown, used, revoked or expired. Ask an admin for a new one.' });
    sendPage(res, 200, acceptInvitationPage({ csrf: csrfToken(req, res, this.config), token: token as string, email: invitation.email, employer: invitation.employer?.displayName ?? null }));
  }

  @Post('invitations/accept')
  @SignInThrottle()
  async acceptInvitation(@Req() req: Request, @Res() res: Response, @Body() form: Form): Promise<void> {
    checkCsrf(req);
    const token = field(form, 'token', 200);
    const password = field(form, 'password', 1000);
    const invitation = await this.accounts.findUsableInvitation(token);
    if (!invitation) throw new NotFoundException({ statusCode: 404, message: 'This invitation is unknown, used, revoked or expired. Ask an admin for a new one.' });
    const again = (error: string) =>
      sendPage(res, 400, acceptInvitationPage({ csrf: csrfToken(req, res, this.config), token, email: invitation.email, employer: invitation.employer?.displayName ?? null, error }));
    if (password !== field(form, 'passwordAgain', 1000)) return again('The two passwords differ.');
    try {
      const user = await this.accounts.acceptInvitation(token, password, req.ip ?? null);
      const session = await this.auth.signInWeb(user, req.ip);
      res.cookie(SESSION_COOKIE, session.cookieValue, { ...cookieOptions(this.config, 'lax'), expires: session.expiresAt });
      res.redirect(303, '/recruiter/postings');
    } catch (err) {
      if (err instanceof HttpException && err.getStatus() === 400) return again(messageOf(err));
      throw err;
    }
  }
}

function messageOf(err: HttpException): string {
  const body = err.getResponse();
  return typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string' ? (body as { message: string }).message : err.message;
}
