import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/** Every table here belongs to one force: row-level security admits that force only. The history is append-only. */
const FORCE_TABLES = {
  operation: 'SELECT, INSERT, UPDATE',
  checklist_item_definition: 'SELECT, INSERT, UPDATE',
  operation_checklist_answer: 'SELECT, INSERT, UPDATE',
  operation_transition: 'SELECT, INSERT',
} as const;

/**
 * Operations, their readiness checklists and lifecycle history. Row-level security admits the owning force
 * only; partners read what they may of an operation through the invitations library's SECURITY DEFINER
 * functions. Nothing is deleted: no DELETE is granted.
 */
export class CreateOperations1795847000000 implements MigrationInterface {
  name = 'CreateOperations1795847000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "checklist_item_definition" ("key" text NOT NULL, "organisation_id" uuid NOT NULL, "title" text NOT NULL, "hint" text NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2570bc8b48b3360bec8e90dbbca" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_checklist_item_definition_title" ON "checklist_item_definition"  ("organisation_id", "title") WHERE retired_at IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."checklist_answer" AS ENUM('MET', 'NOT_MET', 'NOT_APPLICABLE')`);
    await queryRunner.query(`CREATE TABLE "operation_checklist_answer" ("operation_id" uuid NOT NULL, "item_key" text NOT NULL, "organisation_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "hint" text NOT NULL, "answer" "public"."checklist_answer", "reason" text, "answered_by_user_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1e5dced74687fe1f6bd60c16e33" PRIMARY KEY ("operation_id", "item_key"))`);
    await queryRunner.query(`CREATE TYPE "public"."operation_action" AS ENUM('MARK_READY', 'REOPEN', 'NOTIFY_PARTNERS', 'START', 'COMPLETE', 'BEGIN_FOLLOW_UP', 'CLOSE', 'CANCEL')`);
    await queryRunner.query(`CREATE TYPE "public"."operation_state" AS ENUM('DRAFT', 'READY', 'PARTNERS_NOTIFIED', 'IN_PROGRESS', 'COMPLETED', 'FOLLOW_UP', 'CLOSED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "operation_transition" ("id" uuid NOT NULL, "operation_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "action" "public"."operation_action" NOT NULL, "from_state" "public"."operation_state" NOT NULL, "to_state" "public"."operation_state" NOT NULL, "reason" text, "by_user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2d2a3a4a5e4e49cde0bea67e002" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_operation_transition_operation" ON "operation_transition"  ("operation_id", "at") `);
    await queryRunner.query(`CREATE TYPE "public"."operation_type" AS ENUM('WARRANT', 'PREMISES_VISIT', 'WELFARE_VISIT', 'INTENSIFICATION')`);
    await queryRunner.query(`CREATE TYPE "public"."operation_media_decision" AS ENUM('NO_MEDIA', 'BY_AGREEMENT')`);
    await queryRunner.query(`CREATE TABLE "operation" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "reference" text NOT NULL, "type" "public"."operation_type" NOT NULL, "state" "public"."operation_state" NOT NULL, "planned_start" TIMESTAMP WITH TIME ZONE NOT NULL, "planned_day" date NOT NULL, "expected_duration_minutes" integer NOT NULL, "general_area" text NOT NULL, "addresses" text array NOT NULL, "briefing_point" text, "expected_people" integer NOT NULL, "expected_languages" text array NOT NULL DEFAULT '{}', "dependents_expected" boolean NOT NULL, "dependents_arrangements" text, "media_decision" "public"."operation_media_decision" NOT NULL, "media_reason" text, "safeguarding_lead_name" text NOT NULL, "safeguarding_lead_role" text NOT NULL, "officers_attending" integer NOT NULL, "female_officers_attending" integer NOT NULL, "no_female_officers_reason" text, "interpreter_arranged" boolean NOT NULL, "proportionality_statement" text NOT NULL, "intelligence_reference" text, "partnership_plan_id" uuid, "disclosure_at" TIMESTAMP WITH TIME ZONE NOT NULL, "released_early_at" TIMESTAMP WITH TIME ZONE, "release_reason" text, "officers_attended" integer, "created_by_user_id" uuid NOT NULL, "state_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state_changed_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_operation_disclosure_before_start" CHECK ("disclosure_at" <= "planned_start"), CONSTRAINT "CHK_operation_female_officers" CHECK ("female_officers_attending" <= "officers_attending"), CONSTRAINT "PK_18556ee6e49c005fc108078f3ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_operation_force_start" ON "operation"  ("organisation_id", "planned_start", "id") `);
    await queryRunner.query(`ALTER TABLE "checklist_item_definition" ADD CONSTRAINT "FK_0ad749c8d843073136fbcaabb35" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "operation_checklist_answer" ADD CONSTRAINT "FK_e0d48fccacd0e1e88de2599c175" FOREIGN KEY ("operation_id") REFERENCES "operation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "operation_transition" ADD CONSTRAINT "FK_2e6313c611945c8c48ea4dd7aa5" FOREIGN KEY ("operation_id") REFERENCES "operation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "operation" ADD CONSTRAINT "FK_b4d26df8f40bd47dffddff9e478" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const [table, privileges] of Object.entries(FORCE_TABLES)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "${table}_owning_force" ON "${table}"
           USING ("organisation_id" = ${ACTING})
           WITH CHECK ("organisation_id" = ${ACTING})`,
      );
      await queryRunner.query(`GRANT ${privileges} ON "${table}" TO liaise_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(FORCE_TABLES)) {
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM liaise_app`);
      await queryRunner.query(`DROP POLICY "${table}_owning_force" ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "operation" DROP CONSTRAINT "FK_b4d26df8f40bd47dffddff9e478"`);
    await queryRunner.query(`ALTER TABLE "operation_transition" DROP CONSTRAINT "FK_2e6313c611945c8c48ea4dd7aa5"`);
    await queryRunner.query(`ALTER TABLE "operation_checklist_answer" DROP CONSTRAINT "FK_e0d48fccacd0e1e88de2599c175"`);
    await queryRunner.query(`ALTER TABLE "checklist_item_definition" DROP CONSTRAINT "FK_0ad749c8d843073136fbcaabb35"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_operation_force_start"`);
    await queryRunner.query(`DROP TABLE "operation"`);
    await queryRunner.query(`DROP TYPE "public"."operation_media_decision"`);
    await queryRunner.query(`DROP TYPE "public"."operation_state"`);
    await queryRunner.query(`DROP TYPE "public"."operation_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_operation_transition_operation"`);
    await queryRunner.query(`DROP TABLE "operation_transition"`);
    await queryRunner.query(`DROP TYPE "public"."operation_action"`);
    await queryRunner.query(`DROP TABLE "operation_checklist_answer"`);
    await queryRunner.query(`DROP TYPE "public"."checklist_answer"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_checklist_item_definition_title"`);
    await queryRunner.query(`DROP TABLE "checklist_item_definition"`);
  }
}
