import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An operation's history records the early release of its exact details (who, when, the reason) beside its
 * lifecycle moves. Its own migration: PostgreSQL refuses a new enum value in the transaction that added it.
 */
export class AddDetailsReleaseToHistory1795851200000 implements MigrationInterface {
  name = 'AddDetailsReleaseToHistory1795851200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."operation_action" ADD VALUE 'RELEASE_DETAILS_EARLY'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An enum value cannot be dropped: the type is rebuilt without it, and the releases leave the history.
    await queryRunner.query(`DELETE FROM "operation_transition" WHERE "action" = 'RELEASE_DETAILS_EARLY'`);
    await queryRunner.query(`ALTER TYPE "public"."operation_action" RENAME TO "operation_action_old"`);
    await queryRunner.query(`CREATE TYPE "public"."operation_action" AS ENUM('MARK_READY', 'REOPEN', 'NOTIFY_PARTNERS', 'START', 'COMPLETE', 'BEGIN_FOLLOW_UP', 'CLOSE', 'CANCEL')`);
    await queryRunner.query(
      `ALTER TABLE "operation_transition" ALTER COLUMN "action" TYPE "public"."operation_action" USING "action"::text::"public"."operation_action"`,
    );
    await queryRunner.query(`DROP TYPE "public"."operation_action_old"`);
  }
}
