import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox. The application role may only add messages, for its acting organisation; the worker (the
 * same role, with no organisation set) claims and marks them through SECURITY DEFINER functions, which act
 * as the owner under the owner's own policy.
 */
export class CreateOutbox1795841000000 implements MigrationInterface {
  name = 'CreateOutbox1795841000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "recipient" text NOT NULL, "template" text NOT NULL, "params" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "available_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "sent_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_message_due" ON "outbox_message"  ("available_at") WHERE sent_at IS NULL AND failed_at IS NULL`);

    await queryRunner.query(`ALTER TABLE "outbox_message" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "outbox_message" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "outbox_message_own" ON "outbox_message" USING ("organisation_id" = NULLIF(current_setting('app.org_id', true), '')::uuid)`,
    );
    await queryRunner.query(`CREATE POLICY "outbox_message_owner_delivery" ON "outbox_message" TO CURRENT_USER USING (true)`);
    await queryRunner.query(`REVOKE ALL ON "outbox_message" FROM PUBLIC`);
    // Insert only: pending messages hold one-time links, which the application never reads back.
    await queryRunner.query(`GRANT INSERT ON "outbox_message" TO liaise_app`);

    // The oldest due message, locked until the worker's transaction ends; a message another worker holds is
    // skipped, so no two workers send the same one.
    await queryRunner.query(`
      CREATE FUNCTION outbox_claim(p_now timestamptz)
      RETURNS TABLE (id uuid, recipient text, template text, params jsonb, attempts int)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT m.id, m.recipient, m.template, m.params, m.attempts
          FROM outbox_message m
         WHERE m.sent_at IS NULL AND m.failed_at IS NULL AND m.available_at <= p_now
         ORDER BY m.available_at, m.id
         LIMIT 1
           FOR UPDATE SKIP LOCKED
      $$`);
    // Sent: the links go, so no one-time link outlives its e-mail in the database.
    await queryRunner.query(`
      CREATE FUNCTION outbox_mark_sent(p_id uuid, p_now timestamptz)
      RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE outbox_message
           SET sent_at = p_now, attempts = attempts + 1, last_error = NULL, params = '{}'::jsonb
         WHERE id = p_id AND sent_at IS NULL AND failed_at IS NULL
      $$`);
    // Failed: tried again from p_retry_at, or given up at p_gave_up_at (and its links wiped).
    await queryRunner.query(`
      CREATE FUNCTION outbox_mark_failed(p_id uuid, p_error text, p_retry_at timestamptz, p_gave_up_at timestamptz)
      RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE outbox_message
           SET attempts = attempts + 1,
               last_error = left(p_error, 1000),
               available_at = coalesce(p_retry_at, available_at),
               failed_at = p_gave_up_at,
               params = CASE WHEN p_gave_up_at IS NULL THEN params ELSE '{}'::jsonb END
         WHERE id = p_id AND sent_at IS NULL AND failed_at IS NULL
      $$`);
    for (const fn of FUNCTIONS) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO liaise_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP POLICY "outbox_message_owner_delivery" ON "outbox_message"`);
    await queryRunner.query(`DROP POLICY "outbox_message_own" ON "outbox_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_outbox_message_due"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}

const FUNCTIONS = [
  'outbox_claim(timestamptz)',
  'outbox_mark_sent(uuid, timestamptz)',
  'outbox_mark_failed(uuid, text, timestamptz, timestamptz)',
];
