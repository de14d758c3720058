import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Partnerships between a force and a project. A row is shared: row-level security admits the force and the
 * project, and nobody else. The other side's name and contact details come through a SECURITY DEFINER
 * function limited to organisations the acting one shares a partnership with.
 */
export class CreatePartnerships1795844000000 implements MigrationInterface {
  name = 'CreatePartnerships1795844000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."partnership_status" AS ENUM('PROPOSED', 'ACTIVE', 'DECLINED', 'SUSPENDED', 'ENDED')`);
    await queryRunner.query(`CREATE TYPE "public"."partnership_legal_basis" AS ENUM('STATUTORY_CDA_1998_S115', 'COMMON_LAW_PUBLIC_INTEREST', 'CONSENT')`);
    await queryRunner.query(`CREATE TABLE "partnership" ("id" uuid NOT NULL, "force_organisation_id" uuid NOT NULL, "project_organisation_id" uuid NOT NULL, "status" "public"."partnership_status" NOT NULL, "legal_basis" "public"."partnership_legal_basis" NOT NULL, "agreement_reference" text NOT NULL, "signed_on" date NOT NULL, "review_on" date NOT NULL, "proposed_by_user_id" uuid NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_by_user_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_changed_by_user_id" uuid NOT NULL, "status_changed_by_organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6cd63453892a98b61d4392ddfb" ON "partnership"  ("force_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d40e77d6797cae401ee903fc78" ON "partnership"  ("project_organisation_id") `);
    // One open (proposed, active or suspended) partnership per force and project; the service says so first.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_partnership_open_pair" ON "partnership"  ("force_organisation_id", "project_organisation_id") WHERE "status" IN ('PROPOSED', 'ACTIVE', 'SUSPENDED')`);
    await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "FK_6cd63453892a98b61d4392ddfbd" FOREIGN KEY ("force_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "FK_d40e77d6797cae401ee903fc787" FOREIGN KEY ("project_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partnership" ADD CONSTRAINT "CHK_partnership_two_sides" CHECK ("force_organisation_id" <> "project_organisation_id")`);

    await queryRunner.query(`ALTER TABLE "partnership" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "partnership" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "partnership_either_side" ON "partnership"
         USING (${ACTING} IN ("force_organisation_id", "project_organisation_id"))
         WITH CHECK (${ACTING} IN ("force_organisation_id", "project_organisation_id"))`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "partnership" TO liaise_app`);

    // The organisations on either side of the acting organisation's partnerships (any status), itself
    // included: names and contact details only.
    await queryRunner.query(`
      CREATE FUNCTION partnership_organisations(p_ids uuid[])
      RETURNS TABLE (id uuid, kind organisation_kind, name text, status organisation_status, areas_served text[],
                     contact_email text, contact_phone text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.kind, o.name, o.status, o.areas_served, o.contact_email, o.contact_phone
          FROM organisation o
         WHERE o.id = ANY (p_ids)
           AND EXISTS (
             SELECT 1 FROM partnership p
              WHERE ${ACTING} IN (p.force_organisation_id, p.project_organisation_id)
                AND o.id IN (p.force_organisation_id, p.project_organisation_id))
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION partnership_organisations(uuid[]) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION partnership_organisations(uuid[]) TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION partnership_organisations(uuid[])`);
    await queryRunner.query(`DROP POLICY "partnership_either_side" ON "partnership"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "CHK_partnership_two_sides"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_d40e77d6797cae401ee903fc787"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP CONSTRAINT "FK_6cd63453892a98b61d4392ddfbd"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_partnership_open_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d40e77d6797cae401ee903fc78"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6cd63453892a98b61d4392ddfb"`);
    await queryRunner.query(`DROP TABLE "partnership"`);
    await queryRunner.query(`DROP TYPE "public"."partnership_legal_basis"`);
    await queryRunner.query(`DROP TYPE "public"."partnership_status"`);
  }
}
