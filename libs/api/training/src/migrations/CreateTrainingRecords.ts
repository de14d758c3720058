import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Training courses (as data, the shared ones seeded here) and people's training records. Records belong to
 * the person's organisation. Whether people of a partner organisation hold current MSHT training (for
 * operations) is answered by a SECURITY DEFINER function that returns only that, and only for the acting
 * organisation's people and those of organisations in an ACTIVE partnership with it.
 */
export class CreateTrainingRecords1795845000000 implements MigrationInterface {
  name = 'CreateTrainingRecords1795845000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "training_course" ("id" uuid NOT NULL, "name" text NOT NULL, "organisation_id" uuid, "validity_months" integer, "counts_as_msht" boolean NOT NULL DEFAULT false, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_56adcccf0f40e261ee7cac6c6b1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8c1e38c3f2c0519bf09b45bcfe" ON "training_course"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "training_record" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "course_id" uuid NOT NULL, "provider" text NOT NULL, "completed_on" date NOT NULL, "expires_on" date, "note" text, "recorded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_training_record_expiry" CHECK ("expires_on" IS NULL OR "expires_on" > "completed_on"), CONSTRAINT "PK_bb21cf01b9f9eaec90b518a9426" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c455690803b062663655a45300" ON "training_record"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_542c505a9524e378ff4df15e28" ON "training_record"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "training_course" ADD CONSTRAINT "FK_8c1e38c3f2c0519bf09b45bcfe4" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_record" ADD CONSTRAINT "FK_542c505a9524e378ff4df15e283" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_record" ADD CONSTRAINT "FK_a7f3b3f47d892815f34411529e1" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // The shared courses, written before row-level security is switched on (FORCE would hide them from the
    // owner too). Validity in months gives each completion its default expiry date.
    await queryRunner.query(`INSERT INTO "training_course" ("id", "name", "organisation_id", "validity_months", "counts_as_msht", "position") VALUES
      ('c0a5e5ed-0000-4000-8000-000000000001', 'College of Policing MSHT frontline', NULL, 36, true, 1),
      ('c0a5e5ed-0000-4000-8000-000000000002', 'MSHT specialist investigator', NULL, 36, true, 2),
      ('c0a5e5ed-0000-4000-8000-000000000003', 'Home Office first responder', NULL, 24, true, 3),
      ('c0a5e5ed-0000-4000-8000-000000000004', 'Local MSHT awareness tier 1', NULL, 12, true, 4),
      ('c0a5e5ed-0000-4000-8000-000000000005', 'Local MSHT awareness tier 2', NULL, 24, true, 5),
      ('c0a5e5ed-0000-4000-8000-000000000006', 'Safeguarding', NULL, 36, false, 6)`);

    for (const table of ['training_course', 'training_record']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    // Shared courses to any organisation (once one is acting), its own courses to each.
    await queryRunner.query(
      `CREATE POLICY "training_course_visible" ON "training_course" FOR SELECT
         USING ("organisation_id" = ${ACTING} OR ("organisation_id" IS NULL AND ${ACTING} IS NOT NULL))`,
    );
    await queryRunner.query(`CREATE POLICY "training_record_own" ON "training_record" USING ("organisation_id" = ${ACTING})`);
    // For training_msht_current below, which runs as the owner.
    await queryRunner.query(`CREATE POLICY "training_record_owner_lookup" ON "training_record" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`GRANT SELECT ON "training_course" TO liaise_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "training_record" TO liaise_app`);

    // For each of p_user_ids who is of the acting organisation or of one in an ACTIVE partnership with it:
    // the latest expiry of their MSHT training current on p_today (NULL expiry: does not expire). People
    // without current MSHT training, and people the acting organisation may not ask about, are left out.
    await queryRunner.query(`
      CREATE FUNCTION training_msht_current(p_user_ids uuid[], p_today date)
      RETURNS TABLE (user_id uuid, expires_on date)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT r.user_id,
               CASE WHEN bool_or(r.expires_on IS NULL) THEN NULL ELSE max(r.expires_on) END
          FROM training_record r
          JOIN training_course c ON c.id = r.course_id AND c.counts_as_msht
          JOIN user_account a ON a.id = r.user_id AND a.organisation_id = r.organisation_id
         WHERE r.user_id = ANY (p_user_ids)
           AND r.completed_on <= p_today
           AND (r.expires_on IS NULL OR r.expires_on >= p_today)
           AND (a.organisation_id = ${ACTING}
                OR EXISTS (SELECT 1 FROM partnership p
                            WHERE p.status = 'ACTIVE'
                              AND ${ACTING} IN (p.force_organisation_id, p.project_organisation_id)
                              AND a.organisation_id IN (p.force_organisation_id, p.project_organisation_id)))
         GROUP BY r.user_id
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION training_msht_current(uuid[], date) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION training_msht_current(uuid[], date) TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION training_msht_current(uuid[], date)`);
    await queryRunner.query(`DROP POLICY "training_record_owner_lookup" ON "training_record"`);
    await queryRunner.query(`DROP POLICY "training_record_own" ON "training_record"`);
    await queryRunner.query(`DROP POLICY "training_course_visible" ON "training_course"`);
    await queryRunner.query(`ALTER TABLE "training_record" DROP CONSTRAINT "FK_a7f3b3f47d892815f34411529e1"`);
    await queryRunner.query(`ALTER TABLE "training_record" DROP CONSTRAINT "FK_542c505a9524e378ff4df15e283"`);
    await queryRunner.query(`ALTER TABLE "training_course" DROP CONSTRAINT "FK_8c1e38c3f2c0519bf09b45bcfe4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_542c505a9524e378ff4df15e28"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c455690803b062663655a45300"`);
    await queryRunner.query(`DROP TABLE "training_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c1e38c3f2c0519bf09b45bcfe"`);
    await queryRunner.query(`DROP TABLE "training_course"`);
  }
}
