import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AccountsService } from './accounts.service';

/** Creates the admin named by ADMIN_EMAIL/ADMIN_PASSWORD at start-up, when no account has that e-mail. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.ADMIN_EMAIL || !this.config.ADMIN_PASSWORD) return;
    const { created, user } = await this.accounts.createAdmin(this.config.ADMIN_EMAIL, this.config.ADMIN_PASSWORD, 'config');
    if (created) this.logger.log({ msg: 'first admin created from ADMIN_EMAIL', userId: user.id });
  }
}
