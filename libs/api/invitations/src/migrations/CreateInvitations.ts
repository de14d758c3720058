import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTING = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
const ACTING_USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/** The operation's columns an invited partner may see to decide (never the reference, addresses or time). */
const PARTNER_COLUMNS = [
  'id',
  'type',
  'state',
  'planned_day',
  'expected_duration_minutes',
  'general_area',
  'expected_people',
  'expected_languages',
  'dependents_expected',
  'proportionality_statement',
  'media_decision',
  'media_reason',
  'safeguarding_lead_role',
  'organisation_id',
] as const;

/** SECURITY DEFINER functions this migration creates, with their argument types. */
const FUNCTIONS = [
  'invited_operations(uuid[])',
  'operation_disclosure(uuid, timestamptz)',
  'invitation_people(uuid[])',
  'invitation_organisations(uuid[])',
  'invitation_due_forces(timestamptz)',
  'invitation_expire_due(timestamptz)',
] as const;

/**
 * Invitations to operations and the partners' named attendees. Both tables are shared by the force and the
 * partner: row-level security admits those two organisations and nobody else. A partner never selects from
 * `operation` (the force's alone): it reads the partner columns, and inside the disclosure window the
 * disclosed ones, through the SECURITY DEFINER functions below, each returning only what the rules allow.
 */
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
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_dc5270e80dfc847dd2e88317678" FOREIGN KEY ("operation_id") REFERENCES "operation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "operation_attendee" ADD CONSTRAINT "FK_78891b3174a87c35822c584c9b3" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "CHK_invitation_two_sides" CHECK ("force_organisation_id" <> "partner_organisation_id")`);

    // Row-level security: the force and the partner, nobody else.
    await queryRunner.query(`ALTER TABLE "invitation" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "invitation" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "invitation_either_side" ON "invitation"
         USING (${ACTING} IN ("force_organisation_id", "partner_organisation_id"))
         WITH CHECK (${ACTING} IN ("force_organisation_id", "partner_organisation_id"))`,
    );
    // For invitation_expire_due below, which runs as the owner for the worker (no acting organisation).
    await queryRunner.query(`CREATE POLICY "invitation_owner_sweep_read" ON "invitation" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`CREATE POLICY "invitation_owner_sweep" ON "invitation" FOR UPDATE TO CURRENT_USER USING (true) WITH CHECK (true)`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "invitation" TO liaise_app`);

    await queryRunner.query(`ALTER TABLE "operation_attendee" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "operation_attendee" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "operation_attendee_either_side" ON "operation_attendee"
         USING (${ACTING} IN ("force_organisation_id", "organisation_id"))
         WITH CHECK (${ACTING} IN ("force_organisation_id", "organisation_id"))`,
    );
    await queryRunner.query(`CREATE POLICY "operation_attendee_owner_lookup" ON "operation_attendee" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "operation_attendee" TO liaise_app`);

    // The functions below run as the owner and read the force's operation for a partner: the owner may read
    // every operation, and each function filters by the acting organisation itself.
    await queryRunner.query(`CREATE POLICY "operation_owner_lookup_for_invitations" ON "operation" FOR SELECT TO CURRENT_USER USING (true)`);

    // The partner columns of the operations among p_ids that the acting organisation owns, or has an
    // invitation to (in any status). Never the reference, the intelligence reference, the addresses, the
    // start time or the briefing point.
    await queryRunner.query(`
      CREATE FUNCTION invited_operations(p_ids uuid[])
      RETURNS TABLE (id uuid, type operation_type, state operation_state, planned_day text, expected_duration_minutes integer,
                     general_area text, expected_people integer, expected_languages text[], dependents_expected boolean,
                     proportionality_statement text, media_decision operation_media_decision, media_reason text,
                     safeguarding_lead_role text, organisation_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT ${PARTNER_COLUMNS.map((column) => (column === 'planned_day' ? 'o.planned_day::text' : `o.${column}`)).join(', ')}
          FROM operation o
         WHERE o.id = ANY (p_ids)
           AND ${ACTING} IS NOT NULL
           AND (o.organisation_id = ${ACTING}
                OR EXISTS (SELECT 1 FROM invitation i
                            WHERE i.operation_id = o.id AND i.partner_organisation_id = ${ACTING}))
      $$`);

    // The disclosed details of one operation, for the acting user only when they are a named attendee, for
    // the acting organisation, of an ACCEPTED invitation to it, the operation is under way (partners
    // notified or in progress) and the disclosure time has come (an early release moves disclosure_at
    // earlier; released_early_at counts as well). Otherwise no row.
    //
    // p_now is the application's Clock (tests move it), not now(): the application role is trusted with the
    // time as it is with the acting organisation, and every row this returns is audited by the caller.
    await queryRunner.query(`
      CREATE FUNCTION operation_disclosure(p_operation_id uuid, p_now timestamptz)
      RETURNS TABLE (planned_start timestamptz, addresses text[], briefing_point text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.planned_start, o.addresses, o.briefing_point
          FROM operation o
         WHERE o.id = p_operation_id
           AND o.state IN ('PARTNERS_NOTIFIED', 'IN_PROGRESS')
           AND p_now IS NOT NULL
           AND p_now >= LEAST(o.disclosure_at, COALESCE(o.released_early_at, o.disclosure_at))
           AND ${ACTING} IS NOT NULL
           AND ${ACTING_USER} IS NOT NULL
           AND EXISTS (
             SELECT 1
               FROM invitation i
               JOIN operation_attendee a ON a.invitation_id = i.id
               JOIN user_account u ON u.id = a.user_id
              WHERE i.operation_id = o.id
                AND i.status = 'ACCEPTED'
                AND i.partner_organisation_id = ${ACTING}
                AND a.organisation_id = ${ACTING}
                AND a.user_id = ${ACTING_USER}
                AND u.organisation_id = ${ACTING}
                AND u.status = 'ACTIVE')
      $$`);

    // Names of people among p_ids, with their organisation's name: people of the acting organisation, or of
    // an organisation that shares an invitation with it (attendees shown to the force, and the like).
    await queryRunner.query(`
      CREATE FUNCTION invitation_people(p_ids uuid[])
      RETURNS TABLE (id uuid, display_name text, organisation_id uuid, organisation_name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT u.id, u.display_name, u.organisation_id, g.name
          FROM user_account u
          JOIN organisation g ON g.id = u.organisation_id
         WHERE u.id = ANY (p_ids)
           AND ${ACTING} IS NOT NULL
           AND (u.organisation_id = ${ACTING}
                OR EXISTS (SELECT 1 FROM invitation i
                            WHERE ${ACTING} IN (i.force_organisation_id, i.partner_organisation_id)
                              AND u.organisation_id IN (i.force_organisation_id, i.partner_organisation_id)))
      $$`);

    // Names of organisations among p_ids: the acting one, and those sharing an invitation with it.
    await queryRunner.query(`
      CREATE FUNCTION invitation_organisations(p_ids uuid[])
      RETURNS TABLE (id uuid, name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT g.id, g.name
          FROM organisation g
         WHERE g.id = ANY (p_ids)
           AND ${ACTING} IS NOT NULL
           AND (g.id = ${ACTING}
                OR EXISTS (SELECT 1 FROM invitation i
                            WHERE ${ACTING} IN (i.force_organisation_id, i.partner_organisation_id)
                              AND g.id IN (i.force_organisation_id, i.partner_organisation_id)))
      $$`);

    // For the expiry worker, which acts for no organisation: the forces with invitations to expire (ids only).
    await queryRunner.query(`
      CREATE FUNCTION invitation_due_forces(p_now timestamptz)
      RETURNS TABLE (force_organisation_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT i.force_organisation_id
          FROM invitation i
         WHERE i.status = 'PENDING' AND i.respond_by <= p_now
      $$`);

    // Expires the PENDING invitations whose respond-by time has passed, and says which. With an acting
    // organisation, only that force's invitations; with none (the worker), every one that is due. p_now is
    // the application's Clock, so tests can move it.
    await queryRunner.query(`
      CREATE FUNCTION invitation_expire_due(p_now timestamptz)
      RETURNS TABLE (id uuid, operation_id uuid, force_organisation_id uuid, partner_organisation_id uuid)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE invitation i
           SET status = 'EXPIRED', status_changed_at = p_now, version = i.version + 1
         WHERE i.status = 'PENDING'
           AND i.respond_by <= p_now
           AND (${ACTING} IS NULL OR i.force_organisation_id = ${ACTING})
        RETURNING i.id, i.operation_id, i.force_organisation_id, i.partner_organisation_id
      $$`);

    for (const fn of FUNCTIONS) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO liaise_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP POLICY "operation_owner_lookup_for_invitations" ON "operation"`);
    await queryRunner.query(`DROP POLICY "operation_attendee_owner_lookup" ON "operation_attendee"`);
    await queryRunner.query(`DROP POLICY "operation_attendee_either_side" ON "operation_attendee"`);
    await queryRunner.query(`DROP POLICY "invitation_owner_sweep" ON "invitation"`);
    await queryRunner.query(`DROP POLICY "invitation_owner_sweep_read" ON "invitation"`);
    await queryRunner.query(`DROP POLICY "invitation_either_side" ON "invitation"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "CHK_invitation_two_sides"`);
    await queryRunner.query(`ALTER TABLE "operation_attendee" DROP CONSTRAINT "FK_78891b3174a87c35822c584c9b3"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_dc5270e80dfc847dd2e88317678"`);
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
