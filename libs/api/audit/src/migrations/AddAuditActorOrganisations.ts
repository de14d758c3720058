import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTOR_ORGANISATIONS = 'public.audit_actor_organisations(uuid[])';

/**
 * The names of the organisations whose people acted on the acting organisation's trail (a partner reading a
 * force's operation), so the trail can say "someone from Harbour Lights Project" where it cannot name the
 * person: the reader may not read another organisation's people. Only an organisation that appears as an
 * actor on the reader's own trail is named.
 */
export class AddAuditActorOrganisations1795851400000 implements MigrationInterface {
  name = 'AddAuditActorOrganisations1795851400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_actor_organisation" ON "audit_entry" ("organisation_id", "actor_organisation_id")`);
    await queryRunner.query(`
      CREATE FUNCTION ${ACTOR_ORGANISATIONS.replace('(uuid[])', '(p_ids uuid[])')}
      RETURNS TABLE (id uuid, name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        SELECT g.id, g.name
          FROM organisation g
         WHERE g.id = ANY (p_ids)
           AND EXISTS (SELECT 1 FROM audit_entry e
                        WHERE e.organisation_id = NULLIF(current_setting('app.org_id', true), '')::uuid
                          AND e.actor_organisation_id = g.id)
      $fn$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${ACTOR_ORGANISATIONS} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${ACTOR_ORGANISATIONS} TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${ACTOR_ORGANISATIONS}`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_actor_organisation"`);
  }
}
