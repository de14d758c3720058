import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations to operations and the partners' named attendees. */
export class CreateInvitations1795848000000 implements MigrationInterface {
  name = 'CreateInvitations1795848000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'ACCEPTANCE_WITHDRAWN', 'EXPIRED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL, "operation_id" uuid NOT NULL, "force_organisation_id" uuid NOT NULL, "partner_organisation_id" uuid NOT NULL, "status" "public"."invitation_status" NOT NULL, "respond_by" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "invited_by_user_id" uuid NOT NULL, "responded_by_user_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dc5270e80dfc847dd2e8831767" ON "invitation"  ("operation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_invitation_due" ON "invitation"  ("respond_by") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX "IDX_invitation_partner" ON "invitation"  ("partner_organisation_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitation_open" ON "invitation"  ("operation_id", "partner_organisation_id") WHERE "status" IN ('PENDING', 'ACCEPTED')`);
    await queryRunner.query(`CREATE TABLE "operation_attendee" ("invitation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "operation_id" uuid NOT NULL, "force_organisation_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "attended" boolean, "named_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a4ae4687f5a0381527589da847f" PRIMARY KEY ("invitation_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_operation_attendee_operation" ON "operation_attendee"  ("operation_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_operation_attendee_operation"`);
    await queryRunner.query(`DROP TABLE "operation_attendee"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_invitation_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_partner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_invitation_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc5270e80dfc847dd2e8831767"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
  }
}
