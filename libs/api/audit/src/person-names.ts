import type { EntityManager } from 'typeorm';

/**
 * Names of people by id, as the caller may see them (row-level security shows only the acting
 * organisation's). The accounts directory provides it: the audit trail, which every feature depends on,
 * cannot depend on the accounts.
 */
export abstract class PersonNames {
  abstract namesOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>>;
}
