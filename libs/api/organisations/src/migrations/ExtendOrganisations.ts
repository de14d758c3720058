import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * An organisation's profile (areas served, contact details, languages, a version for optimistic
 * concurrency), the partner directory and the platform administrator's functions.
 *
 * Other organisations' rows stay invisible to the application role: a policy cannot limit columns, so a
 * policy admitting them would hand out contact details and status to every query. The directory and the
 * platform administrator's list are SECURITY DEFINER functions returning only their columns instead.
 */
export class ExtendOrganisations1795843500000 implements MigrationInterface {
  name = 'ExtendOrganisations1795843500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD "areas_served" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "contact_email" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "contact_phone" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "languages_offered" text array NOT NULL DEFAULT '{}'`);
    // Existing rows start at version 1; new rows get theirs from the application.
    await queryRunner.query(`ALTER TABLE "organisation" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "organisation" ALTER COLUMN "version" DROP DEFAULT`);

    // The functions below run as the owner (CURRENT_USER now), which FORCE applies the policies to: let it
    // create organisations and change their status.
    await queryRunner.query(`CREATE POLICY "organisation_owner_create" ON "organisation" FOR INSERT TO CURRENT_USER WITH CHECK (true)`);
    await queryRunner.query(`CREATE POLICY "organisation_owner_update" ON "organisation" FOR UPDATE TO CURRENT_USER USING (true) WITH CHECK (true)`);

    await queryRunner.query(`
      CREATE FUNCTION organisation_acting_is_platform() RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM organisation p WHERE p.id = ${ACTING} AND p.kind = 'PLATFORM' AND p.status = 'ACTIVE')
      $$`);

    // Forces see active projects and agencies; projects and agencies see active forces; the platform sees none.
    await queryRunner.query(`
      CREATE FUNCTION organisation_directory()
      RETURNS TABLE (id uuid, kind organisation_kind, name text, areas_served text[], languages_offered text[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.kind, o.name, o.areas_served, o.languages_offered
          FROM organisation o
          JOIN organisation me ON me.id = ${ACTING} AND me.status = 'ACTIVE'
         WHERE o.status = 'ACTIVE'
           AND o.id <> me.id
           AND CASE
                 WHEN me.kind = 'POLICE_FORCE' THEN o.kind IN ('SEX_WORK_PROJECT', 'MSHT_PROJECT', 'OTHER_AGENCY')
                 WHEN me.kind IN ('SEX_WORK_PROJECT', 'MSHT_PROJECT', 'OTHER_AGENCY') THEN o.kind = 'POLICE_FORCE'
                 ELSE false
               END
         ORDER BY o.name, o.id
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION platform_organisations()
      RETURNS TABLE (id uuid, kind organisation_kind, name text, status organisation_status, created_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.kind, o.name, o.status, o.created_at
          FROM organisation o
         WHERE organisation_acting_is_platform()
         ORDER BY o.name, o.id
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION platform_create_organisation(p_id uuid, p_kind organisation_kind, p_name text, p_areas_served text[],
                                                   p_contact_email text, p_contact_phone text, p_languages_offered text[])
      RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF NOT organisation_acting_is_platform() THEN
          RAISE EXCEPTION 'only the platform organisation creates organisations' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_kind = 'PLATFORM' THEN
          RAISE EXCEPTION 'a partner organisation cannot be of kind PLATFORM' USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO organisation (id, kind, name, status, areas_served, contact_email, contact_phone, languages_offered, version)
        VALUES (p_id, p_kind, p_name, 'ACTIVE', coalesce(p_areas_served, '{}'), p_contact_email, p_contact_phone,
                coalesce(p_languages_offered, '{}'), 1);
      END
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION platform_set_organisation_status(p_id uuid, p_status organisation_status)
      RETURNS TABLE (id uuid, kind organisation_kind, name text, status organisation_status, created_at timestamptz)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE organisation o
           SET status = p_status, version = o.version + 1, updated_at = now()
         WHERE o.id = p_id AND o.kind <> 'PLATFORM' AND organisation_acting_is_platform()
        RETURNING o.id, o.kind, o.name, o.status, o.created_at
      $$`);

    for (const fn of FUNCTIONS) await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    for (const fn of GRANTED) await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP POLICY "organisation_owner_update" ON "organisation"`);
    await queryRunner.query(`DROP POLICY "organisation_owner_create" ON "organisation"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "languages_offered"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "contact_email"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "areas_served"`);
  }
}

const GRANTED = [
  'organisation_directory()',
  'platform_organisations()',
  'platform_create_organisation(uuid, organisation_kind, text, text[], text, text, text[])',
  'platform_set_organisation_status(uuid, organisation_status)',
];
/** In the order they are created; the first is used only inside the others. */
const FUNCTIONS = ['organisation_acting_is_platform()', ...GRANTED];
