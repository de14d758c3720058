import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisations1795833663737 implements MigrationInterface {
  name = 'CreateOrganisations1795833663737';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Nobody but the owner and the application role may use the schema; the application role may create
    // nothing in it.
    await queryRunner.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO liaise_app`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('POLICE_FORCE', 'SEX_WORK_PROJECT', 'MSHT_PROJECT', 'OTHER_AGENCY')`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_status" AS ENUM('ACTIVE', 'SUSPENDED')`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "name" text NOT NULL, "status" "public"."organisation_status" NOT NULL DEFAULT 'ACTIVE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    // The second line of access control: a row is visible only to its own organisation, set per transaction
    // as app.org_id. NULLIF because a pooled connection that once had the setting reads back '' not NULL.
    await queryRunner.query(`ALTER TABLE "organisation" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "organisation" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "organisation_own" ON "organisation" USING ("id" = NULLIF(current_setting('app.org_id', true), '')::uuid)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "organisation" TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "organisation_own" ON "organisation"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_status"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM liaise_app`);
  }
}
