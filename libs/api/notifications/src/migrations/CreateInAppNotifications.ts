import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING_ORGANISATION = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
const ACTING_USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/** The channel every api instance LISTENs on; a message names a notification, its recipient and their organisation only. */
export const NOTIFICATION_CHANNEL = 'liaise_notification';

const FAN_OUT = 'notification_fan_out(uuid, text[], uuid[], notification_event, text, uuid, timestamptz)';

/**
 * In-app notifications and e-mail preferences. Each row is its recipient's own: row-level security admits
 * only the acting user in the acting organisation. Notifications are written only by notification_fan_out
 * (SECURITY DEFINER), which may address the acting organisation's people or those of an organisation it has
 * a partnership with, and announces each new row with pg_notify inside the caller's transaction.
 */
export class CreateInAppNotifications1795846000000 implements MigrationInterface {
  name = 'CreateInAppNotifications1795846000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_event" AS ENUM('INVITATION_RECEIVED', 'INVITATION_ACCEPTED', 'INVITATION_DECLINED', 'INVITATION_WITHDRAWN', 'ACCEPTANCE_WITHDRAWN', 'INVITATION_EXPIRED', 'OPERATION_CANCELLED', 'DETAILS_RELEASED', 'TRAINING_FLAGGED')`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "event" "public"."notification_event" NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_recipient" ON "notification"  ("user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "event" "public"."notification_event" NOT NULL, "organisation_id" uuid NOT NULL, "email" boolean NOT NULL, CONSTRAINT "PK_62f140e4e305548509a3c40b3b0" PRIMARY KEY ("user_id", "event"))`);

    for (const table of ['notification', 'notification_preference']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "${table}_own" ON "${table}"
           USING ("organisation_id" = ${ACTING_ORGANISATION} AND "user_id" = ${ACTING_USER})
           WITH CHECK ("organisation_id" = ${ACTING_ORGANISATION} AND "user_id" = ${ACTING_USER})`,
      );
    }
    // The application reads its own notifications and marks them read; it never writes one itself.
    await queryRunner.query(`GRANT SELECT, UPDATE ("read_at") ON "notification" TO liaise_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "notification_preference" TO liaise_app`);
    // The fan-out below runs as the owner (TO CURRENT_USER: the owner at migration time) for people who are
    // not the acting user, in the acting organisation or a partner: it may add notifications and read their
    // e-mail preferences, nothing more.
    await queryRunner.query(`CREATE POLICY "notification_owner_fan_out" ON "notification" FOR INSERT TO CURRENT_USER WITH CHECK (true)`);
    await queryRunner.query(`CREATE POLICY "notification_preference_owner_fan_out" ON "notification_preference" FOR SELECT TO CURRENT_USER USING (true)`);

    // One notification per active person of p_organisation_id who has one of p_roles or is one of
    // p_user_ids, when that organisation is the acting one or one it has a partnership with (any status but
    // DECLINED). Returns who was notified with their e-mail address and whether they want an e-mail (the
    // default, with no preference row, is yes), and announces each row on the channel with its ids only.
    await queryRunner.query(`
      CREATE FUNCTION notification_fan_out(p_organisation_id uuid, p_roles text[], p_user_ids uuid[], p_event notification_event,
                                           p_subject_type text, p_subject_id uuid, p_now timestamptz)
      RETURNS TABLE (notification_id uuid, user_id uuid, email text, wants_email boolean)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      #variable_conflict use_column
      DECLARE
        v_acting uuid := ${ACTING_ORGANISATION};
        v_person record;
      BEGIN
        IF v_acting IS NULL THEN
          RAISE EXCEPTION 'notification_fan_out needs an acting organisation' USING ERRCODE = '42501';
        END IF;
        IF p_organisation_id IS DISTINCT FROM v_acting AND NOT EXISTS (
          SELECT 1 FROM partnership p
           WHERE p.status <> 'DECLINED'
             AND ((p.force_organisation_id = v_acting AND p.project_organisation_id = p_organisation_id)
               OR (p.project_organisation_id = v_acting AND p.force_organisation_id = p_organisation_id))
        ) THEN
          RAISE EXCEPTION 'notification_fan_out: not the acting organisation nor a partner of it' USING ERRCODE = '42501';
        END IF;
        FOR v_person IN
          SELECT a.id AS person_id, a.email AS address,
                 coalesce((SELECT np.email FROM notification_preference np
                            WHERE np.user_id = a.id AND np.organisation_id = a.organisation_id AND np.event = p_event), true) AS wants
            FROM user_account a
            JOIN organisation o ON o.id = a.organisation_id
           WHERE a.organisation_id = p_organisation_id
             AND a.status = 'ACTIVE' AND o.status = 'ACTIVE'
             AND (a.role::text = ANY (coalesce(p_roles, '{}')) OR a.id = ANY (coalesce(p_user_ids, '{}')))
           ORDER BY a.id
        LOOP
          notification_id := gen_random_uuid();
          INSERT INTO notification (id, organisation_id, user_id, event, subject_type, subject_id, created_at, read_at)
          VALUES (notification_id, p_organisation_id, v_person.person_id, p_event, p_subject_type, p_subject_id, p_now, NULL);
          PERFORM pg_notify('${NOTIFICATION_CHANNEL}',
            json_build_object('id', notification_id, 'userId', v_person.person_id, 'organisationId', p_organisation_id)::text);
          user_id := v_person.person_id;
          email := v_person.address;
          wants_email := v_person.wants;
          RETURN NEXT;
        END LOOP;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${FAN_OUT} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${FAN_OUT} TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${FAN_OUT}`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_recipient"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_event"`);
  }
}
