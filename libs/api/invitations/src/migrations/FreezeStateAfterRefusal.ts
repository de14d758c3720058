import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/** What `invited_operations` returns, unchanged. */
const RETURNS = `TABLE (id uuid, type operation_type, state operation_state, planned_day text, expected_duration_minutes integer,
                     general_area text, expected_people integer, expected_languages text[], dependents_expected boolean,
                     proportionality_statement text, media_decision operation_media_decision, media_reason text,
                     safeguarding_lead_role text, organisation_id uuid)`;

/** When an invitation stopped being open: its respond-by time for one that expired (swept or not), else its last change. */
const CLOSED_AT = `CASE WHEN i.status IN ('PENDING', 'EXPIRED') THEN i.respond_by ELSE i.status_changed_at END`;

/**
 * Need to know after a refusal: a partner whose invitations to an operation are all closed (declined,
 * withdrawn by either side, expired) no longer follows the operation's state. It keeps the state the
 * operation was in when its last invitation closed: the state recorded when it was answered or withdrawn
 * (`operation_state_at_close`), or for an expiry, the state the history gives at the respond-by time.
 * `invited_operations` takes the application's clock to see an invitation past its respond-by time as expired
 * before the expiry worker has swept it; the old one-argument function is replaced.
 */
export class FreezeStateAfterRefusal1795851300000 implements MigrationInterface {
  name = 'FreezeStateAfterRefusal1795851300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" ADD "operation_state_at_close" "public"."operation_state"`);
    // For invited_operations, which runs as the owner: the history of an operation, to know its state at an expiry.
    await queryRunner.query(`CREATE POLICY "operation_transition_owner_lookup_for_invitations" ON "operation_transition" FOR SELECT TO CURRENT_USER USING (true)`);

    await queryRunner.query(`DROP FUNCTION invited_operations(uuid[])`);
    // The partner columns of the operations among p_ids that the acting organisation owns, or has an
    // invitation to (in any status). The state is the live one for the owning force and for a partner with
    // an open invitation (awaiting an answer before its respond-by time, accepted) or one cancelled with the
    // operation; otherwise the state when the partner's latest invitation closed. Never the reference, the
    // intelligence reference, the addresses, the start time or the briefing point.
    await queryRunner.query(`
      CREATE FUNCTION invited_operations(p_ids uuid[], p_now timestamptz)
      RETURNS ${RETURNS}
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.type,
               CASE WHEN o.organisation_id = ${ACTING} OR mine.following THEN o.state ELSE closed.state END,
               o.planned_day::text, o.expected_duration_minutes, o.general_area, o.expected_people, o.expected_languages,
               o.dependents_expected, o.proportionality_statement, o.media_decision, o.media_reason, o.safeguarding_lead_role,
               o.organisation_id
          FROM operation o
          CROSS JOIN LATERAL (
            SELECT count(*) AS invitations,
                   COALESCE(bool_or(i.status IN ('ACCEPTED', 'CANCELLED') OR (i.status = 'PENDING' AND i.respond_by > p_now)), false) AS following
              FROM invitation i
             WHERE i.operation_id = o.id AND i.partner_organisation_id = ${ACTING}) mine
          LEFT JOIN LATERAL (
            SELECT COALESCE(
                     i.operation_state_at_close,
                     (SELECT t.to_state FROM operation_transition t
                       WHERE t.operation_id = o.id AND t.at <= ${CLOSED_AT}
                       ORDER BY t.at DESC, t.id DESC LIMIT 1),
                     -- Every invitation is sent while partners are being notified.
                     'PARTNERS_NOTIFIED'::operation_state) AS state
              FROM invitation i
             WHERE i.operation_id = o.id AND i.partner_organisation_id = ${ACTING}
             ORDER BY ${CLOSED_AT} DESC, i.id DESC
             LIMIT 1) closed ON true
         WHERE o.id = ANY (p_ids)
           AND ${ACTING} IS NOT NULL
           AND p_now IS NOT NULL
           AND (o.organisation_id = ${ACTING} OR mine.invitations > 0)
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION invited_operations(uuid[], timestamptz) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION invited_operations(uuid[], timestamptz) TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION invited_operations(uuid[], timestamptz)`);
    await queryRunner.query(`
      CREATE FUNCTION invited_operations(p_ids uuid[])
      RETURNS ${RETURNS}
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.type, o.state, o.planned_day::text, o.expected_duration_minutes, o.general_area, o.expected_people,
               o.expected_languages, o.dependents_expected, o.proportionality_statement, o.media_decision, o.media_reason,
               o.safeguarding_lead_role, o.organisation_id
          FROM operation o
         WHERE o.id = ANY (p_ids)
           AND ${ACTING} IS NOT NULL
           AND (o.organisation_id = ${ACTING}
                OR EXISTS (SELECT 1 FROM invitation i
                            WHERE i.operation_id = o.id AND i.partner_organisation_id = ${ACTING}))
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION invited_operations(uuid[]) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION invited_operations(uuid[]) TO liaise_app`);
    await queryRunner.query(`DROP POLICY "operation_transition_owner_lookup_for_invitations" ON "operation_transition"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "operation_state_at_close"`);
  }
}
