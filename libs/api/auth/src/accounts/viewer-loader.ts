import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '@liaise/api-core';
import { OrganisationRepository } from '@liaise/api-organisations';
import { ROLE_PERMISSIONS } from '@liaise/shared-domain';
import type { SecondFactorStep, Viewer } from './account.types.js';
import { AccountDirectory } from './account-directory.js';

/** The signed-in person as the web sees them, with what their session may do now. */
@Injectable()
export class ViewerLoader {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly organisations: OrganisationRepository,
  ) {}

  async load(manager: EntityManager, session: { userId: string; secondFactorDone: boolean }): Promise<Viewer> {
    const account = await this.accounts.byId(manager, session.userId);
    if (account === null) throw new NotFoundError();
    const organisation = await this.organisations.byId(manager, account.organisationId);
    const twoFactorEnabled = account.totpEnabledAt !== null;
    let secondFactorStep: SecondFactorStep = 'DONE';
    // A session owing its second factor gives a code, or first sets an app up when there is none.
    if (!session.secondFactorDone) secondFactorStep = twoFactorEnabled ? 'ENTER_CODE' : 'ENROL';
    return {
      user: {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        role: account.role,
        organisationId: account.organisationId,
      },
      organisationName: organisation?.name ?? '',
      permissions: session.secondFactorDone ? [...ROLE_PERMISSIONS[account.role]] : [],
      secondFactorStep,
      twoFactorEnabled,
    };
  }
}
