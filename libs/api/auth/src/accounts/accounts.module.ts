import { Global, Module } from '@nestjs/common';
import { PersonNames } from '@liaise/api-audit';
import { AccountDirectory } from './account-directory.js';

/**
 * The accounts directory for every feature. Global because the audit trail, which the accounts depend on,
 * reads people's names through it (as `PersonNames`).
 */
@Global()
@Module({
  providers: [AccountDirectory, { provide: PersonNames, useExisting: AccountDirectory }],
  exports: [AccountDirectory, PersonNames],
})
export class AccountsModule {}
