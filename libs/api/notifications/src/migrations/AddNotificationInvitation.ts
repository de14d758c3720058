import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NOTIFICATION_CHANNEL } from './CreateInAppNotifications.js';

const ACTING_ORGANISATION = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

const OLD_FAN_OUT = 'notification_fan_out(uuid, text[], uuid[], notification_event, text, uuid, timestamptz)';
const FAN_OUT = 'notification_fan_out(uuid, text[], uuid[], notification_event, text, uuid, timestamptz, uuid)';

/** notification_fan_out as CreateInAppNotifications made it ('old'), or taking and writing the invitation too ('new'). */
function fanOut(signature: 'old' | 'new'): string {
  const invitationParameter = signature === 'new' ? ', p_invitation_id uuid DEFAULT NULL' : '';
  const invitationColumn = signature === 'new' ? ', invitation_id' : '';
  const invitationValue = signature === 'new' ? ', p_invitation_id' : '';
  return `
      CREATE FUNCTION notification_fan_out(p_organisation_id uuid, p_roles text[], p_user_ids uuid[], p_event notification_event,
                                           p_subject_type text, p_subject_id uuid, p_now timestamptz${invitationParameter})
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
          INSERT INTO notification (id, organisation_id, user_id, event, subject_type, subject_id, created_at, read_at${invitationColumn})
          VALUES (notification_id, p_organisation_id, v_person.person_id, p_event, p_subject_type, p_subject_id, p_now, NULL${invitationValue});
          PERFORM pg_notify('${NOTIFICATION_CHANNEL}',
            json_build_object('id', notification_id, 'userId', v_person.person_id, 'organisationId', p_organisation_id)::text);
          user_id := v_person.person_id;
          email := v_person.address;
          wants_email := v_person.wants;
          RETURN NEXT;
        END LOOP;
      END
      $$`;
}

/**
 * A notification about an invitation remembers which one, also when it links to the operation (the force's
 * side), so the portal can name the partner to its reader. Only the id is kept: the operation's reference and
 * the organisations' names are read when the notification is, under the reader's own access, and never leave
 * in an e-mail. The fan-out takes the invitation as a last argument.
 */
export class AddNotificationInvitation1795851500000 implements MigrationInterface {
  name = 'AddNotificationInvitation1795851500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ADD "invitation_id" uuid`);
    await queryRunner.query(`DROP FUNCTION ${OLD_FAN_OUT}`);
    await queryRunner.query(fanOut('new'));
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${FAN_OUT} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${FAN_OUT} TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${FAN_OUT}`);
    await queryRunner.query(fanOut('old'));
    await queryRunner.query(`REVOKE ALL ON FUNCTION ${OLD_FAN_OUT} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${OLD_FAN_OUT} TO liaise_app`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "invitation_id"`);
  }
}
