import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * The force's own people named to attend its operations. Row-level security admits the owning force only,
 * as for the operation itself; DELETE is granted because an officer may be taken off before the day (the
 * audit trail keeps who was named and removed).
 */
export class AddNamedOfficers1795849000000 implements MigrationInterface {
  name = 'AddNamedOfficers1795849000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "operation_officer" ("operation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "named_by_user_id" uuid NOT NULL, "named_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attended" boolean, CONSTRAINT "PK_081f9eccbf81da5cf732dbcef20" PRIMARY KEY ("operation_id", "user_id"))`);
    await queryRunner.query(`ALTER TABLE "operation_officer" ADD CONSTRAINT "FK_f911bbb7330e5ae23d82038bbc7" FOREIGN KEY ("operation_id") REFERENCES "operation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "operation_officer" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "operation_officer" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "operation_officer_owning_force" ON "operation_officer"
         USING ("organisation_id" = ${ACTING})
         WITH CHECK ("organisation_id" = ${ACTING})`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "operation_officer" TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON "operation_officer" FROM liaise_app`);
    await queryRunner.query(`DROP POLICY "operation_officer_owning_force" ON "operation_officer"`);
    await queryRunner.query(`ALTER TABLE "operation_officer" DROP CONSTRAINT "FK_f911bbb7330e5ae23d82038bbc7"`);
    await queryRunner.query(`DROP TABLE "operation_officer"`);
  }
}
