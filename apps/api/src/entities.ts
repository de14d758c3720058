import { RecoveryCode, Session, UserAccount } from '@liaise/api-auth';
import { Organisation } from '@liaise/api-organisations';

/** Every entity of every feature: the application's data source and migration generation use this list. */
export const ENTITIES = [Organisation, UserAccount, Session, RecoveryCode];
