import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications and e-mail preferences. */
export class CreateInAppNotifications1795846000000 implements MigrationInterface {
  name = 'CreateInAppNotifications1795846000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_event" AS ENUM('INVITATION_RECEIVED', 'INVITATION_ACCEPTED', 'INVITATION_DECLINED', 'INVITATION_WITHDRAWN', 'ACCEPTANCE_WITHDRAWN', 'INVITATION_EXPIRED', 'OPERATION_CANCELLED', 'DETAILS_RELEASED', 'TRAINING_FLAGGED')`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "event" "public"."notification_event" NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_recipient" ON "notification"  ("user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "event" "public"."notification_event" NOT NULL, "organisation_id" uuid NOT NULL, "email" boolean NOT NULL, CONSTRAINT "PK_62f140e4e305548509a3c40b3b0" PRIMARY KEY ("user_id", "event"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TYPE "public"."notification_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_recipient"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
