import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AccountsService, type InvitationView, type IssuedInvitation, type UserAccountView } from './accounts.service';
import { CurrentPrincipal, RequireAuth } from './auth.decorators';
import { CreateInvitationDto } from './dto/auth.dto';
import { uuidParam } from './id-param.pipe';
import { auditActor, type Principal } from './principal';

/** Account administration: invitations and disabling. */
@ApiTags('admin')
@Controller('api/admin')
@RequireAuth({ roles: ['admin'] })
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('invitations')
  @ApiCreatedResponse({ description: 'The invitation with its link, shown this once.' })
  invite(@CurrentPrincipal() principal: Principal, @Body() body: CreateInvitationDto, @Req() req: Request): Promise<IssuedInvitation> {
    return this.accounts.invite(body, auditActor(principal, req.ip));
  }

  @Get('invitations')
  @ApiOkResponse({ description: 'Invitations, newest first, without their tokens.' })
  listInvitations(): Promise<InvitationView[]> {
    return this.accounts.listInvitations();
  }

  @Post('invitations/:id/revoke')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The invitation link stops working.' })
  revokeInvitation(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request): Promise<void> {
    return this.accounts.revokeInvitation(id, auditActor(principal, req.ip));
  }

  @Get('users')
  @ApiOkResponse({ description: 'Every account.' })
  listUsers(): Promise<UserAccountView[]> {
    return this.accounts.listUsers();
  }

  @Post('users/:id/disable')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The account can no longer sign in; its sessions end at once (its API keys stop working too).' })
  disable(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request): Promise<UserAccountView> {
    return this.accounts.setDisabled(id, true, auditActor(principal, req.ip));
  }

  @Post('users/:id/enable')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The account can sign in again.' })
  enable(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string, @Req() req: Request): Promise<UserAccountView> {
    return this.accounts.setDisabled(id, false, auditActor(principal, req.ip));
  }
}
