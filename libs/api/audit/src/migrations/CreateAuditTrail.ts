import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: one hash chain per organisation, in a table the application role cannot touch at all.
 * It appends through `audit_append(...)` and reads its own organisation's entries through
 * `audit_entries(...)`, both SECURITY DEFINER functions owned by the role that runs this migration.
 *
 * The canonical text an entry's hash is computed over is described in `../canonical.ts`; the SQL below and
 * that file must stay in step (the verifier recomputes every hash in Node, so each checks the other).
 */
export class CreateAuditTrail1795840000000 implements MigrationInterface {
  name = 'CreateAuditTrail1795840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" (
      "id" uuid NOT NULL,
      "organisation_id" uuid NOT NULL,
      "seq" bigint NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "actor_user_id" uuid,
      "actor_organisation_id" uuid,
      "action" text NOT NULL,
      "subject_type" text,
      "subject_id" text,
      "detail" jsonb NOT NULL DEFAULT '{}',
      "ip" inet,
      "prev_hash" text NOT NULL,
      "hash" text NOT NULL,
      CONSTRAINT "PK_audit_entry" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_audit_entry_organisation_seq" UNIQUE ("organisation_id", "seq"),
      CONSTRAINT "CHK_audit_entry_seq" CHECK ("seq" > 0),
      CONSTRAINT "CHK_audit_entry_action" CHECK ("action" ~ '^[a-z]+([.][a-z-]+)+$'),
      CONSTRAINT "CHK_audit_entry_detail" CHECK (jsonb_typeof("detail") = 'object'),
      CONSTRAINT "CHK_audit_entry_hashes" CHECK ("prev_hash" ~ '^[0-9a-f]{64}$' AND "hash" ~ '^[0-9a-f]{64}$')
    )`);

    // FORCE applies the policies to the owner as well. The application role has no privilege on the table,
    // so needs no policy; the owner (CURRENT_USER here, resolved now to a fixed role) may read every entry
    // and append, which is what the SECURITY DEFINER functions and the verifier do. No policy allows UPDATE
    // or DELETE, so not even the owner changes an entry by accident. (A superuser bypasses all of this,
    // which is what the hash chain is for.)
    await queryRunner.query(`ALTER TABLE "audit_entry" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "audit_entry" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY "audit_entry_owner_read" ON "audit_entry" FOR SELECT TO CURRENT_USER USING (true)`);
    await queryRunner.query(`CREATE POLICY "audit_entry_owner_append" ON "audit_entry" FOR INSERT TO CURRENT_USER WITH CHECK (true)`);
    await queryRunner.query(`REVOKE ALL ON "audit_entry" FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON "audit_entry" FROM liaise_app`);

    // One field of the canonical text: NULL as \N; otherwise backslash doubled and line feed as \n, so no
    // value can contain the separator or look like NULL. chr() keeps the body independent of
    // standard_conforming_strings.
    await queryRunner.query(`CREATE FUNCTION public.audit_canonical_field(p_value text) RETURNS text
      LANGUAGE sql IMMUTABLE
      SET search_path = public, pg_temp
      AS $fn$
        SELECT CASE WHEN p_value IS NULL THEN chr(92) || 'N'
                    ELSE replace(replace(p_value, chr(92), chr(92) || chr(92)), chr(10), chr(92) || 'n') END
      $fn$`);

    // The canonical text of an entry (format liaise-audit-v1): these 13 fields, each encoded as above,
    // joined by line feeds.
    await queryRunner.query(`CREATE FUNCTION public.audit_canonical_text(
        p_prev_hash text, p_id uuid, p_organisation_id uuid, p_seq bigint, p_occurred_at timestamptz,
        p_actor_user_id uuid, p_actor_organisation_id uuid, p_action text, p_subject_type text,
        p_subject_id text, p_detail jsonb, p_ip inet
      ) RETURNS text
      LANGUAGE sql STABLE
      SET search_path = public, pg_temp
      AS $fn$
        SELECT concat_ws(chr(10),
          'liaise-audit-v1',
          audit_canonical_field(p_prev_hash),
          audit_canonical_field(p_id::text),
          audit_canonical_field(p_organisation_id::text),
          audit_canonical_field(p_seq::text),
          audit_canonical_field(to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
          audit_canonical_field(p_actor_user_id::text),
          audit_canonical_field(p_actor_organisation_id::text),
          audit_canonical_field(p_action),
          audit_canonical_field(p_subject_type),
          audit_canonical_field(p_subject_id),
          audit_canonical_field(p_detail::text),
          audit_canonical_field(host(p_ip) || '/' || masklen(p_ip))
        )
      $fn$`);

    // Appends one entry inside the caller's transaction. The advisory lock (released at the end of that
    // transaction) serialises appends per organisation, so the chain cannot fork; the unique
    // (organisation_id, seq) is the backstop. Under REPEATABLE READ or SERIALIZABLE the caller's snapshot
    // may predate the last committed entry: the clash is reported as a serialization failure to retry.
    await queryRunner.query(`CREATE FUNCTION public.audit_append(
        p_organisation_id uuid, p_actor_user_id uuid, p_actor_organisation_id uuid, p_action text,
        p_subject_type text, p_subject_id text, p_detail jsonb, p_ip inet
      ) RETURNS uuid
      LANGUAGE plpgsql VOLATILE
      SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $fn$
      DECLARE
        v_id uuid := gen_random_uuid();
        v_detail jsonb := coalesce(p_detail, '{}'::jsonb);
        v_seq bigint;
        v_prev text;
        v_at timestamptz;
        v_hash text;
      BEGIN
        IF p_organisation_id IS NULL THEN
          RAISE EXCEPTION 'audit_append: the organisation whose trail this is must be given' USING ERRCODE = 'null_value_not_allowed';
        END IF;
        PERFORM pg_advisory_xact_lock(1635083369, hashtext(p_organisation_id::text));
        SELECT e.seq, e.hash INTO v_seq, v_prev
          FROM audit_entry e
         WHERE e.organisation_id = p_organisation_id
         ORDER BY e.seq DESC
         LIMIT 1;
        v_seq := coalesce(v_seq, 0) + 1;
        v_prev := coalesce(v_prev, repeat('0', 64));
        v_at := clock_timestamp();
        v_hash := encode(sha256(convert_to(audit_canonical_text(
          v_prev, v_id, p_organisation_id, v_seq, v_at, p_actor_user_id, p_actor_organisation_id, p_action,
          p_subject_type, p_subject_id, v_detail, p_ip), 'UTF8')), 'hex');
        BEGIN
          INSERT INTO audit_entry (id, organisation_id, seq, occurred_at, actor_user_id, actor_organisation_id,
                                   action, subject_type, subject_id, detail, ip, prev_hash, hash)
          VALUES (v_id, p_organisation_id, v_seq, v_at, p_actor_user_id, p_actor_organisation_id,
                  p_action, p_subject_type, p_subject_id, v_detail, p_ip, v_prev, v_hash);
        EXCEPTION WHEN unique_violation THEN
          RAISE EXCEPTION 'audit_append: entry #% of organisation % was appended by a transaction this one cannot see; retry the transaction', v_seq, p_organisation_id
            USING ERRCODE = 'serialization_failure';
        END;
        RETURN v_id;
      END
      $fn$`);

    // The acting organisation's entries (app.org_id; none when it is not set), newest first. Every filter is
    // optional (NULL = any): action (exact), actor, occurred_at in [p_from, p_to), seq below p_before_seq
    // (the keyset cursor). At most 200 rows; 50 when p_limit is NULL.
    await queryRunner.query(`CREATE FUNCTION public.audit_entries(
        p_action text, p_actor_user_id uuid, p_from timestamptz, p_to timestamptz, p_before_seq bigint, p_limit int
      ) RETURNS TABLE (
        id uuid, organisation_id uuid, seq bigint, occurred_at timestamptz, actor_user_id uuid,
        actor_organisation_id uuid, action text, subject_type text, subject_id text, detail jsonb, ip inet, hash text
      )
      LANGUAGE sql STABLE
      SECURITY DEFINER
      SET search_path = public, pg_temp
      AS $fn$
        SELECT e.id, e.organisation_id, e.seq, e.occurred_at, e.actor_user_id, e.actor_organisation_id,
               e.action, e.subject_type, e.subject_id, e.detail, e.ip, e.hash
          FROM audit_entry e
         WHERE e.organisation_id = NULLIF(current_setting('app.org_id', true), '')::uuid
           AND (p_action IS NULL OR e.action = p_action)
           AND (p_actor_user_id IS NULL OR e.actor_user_id = p_actor_user_id)
           AND (p_from IS NULL OR e.occurred_at >= p_from)
           AND (p_to IS NULL OR e.occurred_at < p_to)
           AND (p_before_seq IS NULL OR e.seq < p_before_seq)
         ORDER BY e.seq DESC
         LIMIT least(greatest(coalesce(p_limit, 50), 0), 200)
      $fn$`);

    for (const fn of FUNCTIONS) await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${AUDIT_APPEND} TO liaise_app`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${AUDIT_ENTRIES} TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}`);
    await queryRunner.query(`DROP POLICY "audit_entry_owner_append" ON "audit_entry"`);
    await queryRunner.query(`DROP POLICY "audit_entry_owner_read" ON "audit_entry"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}

const AUDIT_APPEND = 'public.audit_append(uuid, uuid, uuid, text, text, text, jsonb, inet)';
const AUDIT_ENTRIES = 'public.audit_entries(text, uuid, timestamptz, timestamptz, bigint, int)';
/** In the order they are created. */
const FUNCTIONS = [
  'public.audit_canonical_field(text)',
  'public.audit_canonical_text(text, uuid, uuid, bigint, timestamptz, uuid, uuid, text, text, text, jsonb, inet)',
  AUDIT_APPEND,
  AUDIT_ENTRIES,
];
