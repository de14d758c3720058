import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccountsAndSessions1795835377617 implements MigrationInterface {
  name = 'CreateAccountsAndSessions1795835377617';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('LIAISON_OFFICER', 'OUTREACH_WORKER', 'MANAGER', 'ORGANISATION_ADMIN', 'PLATFORM_ADMIN')`);
    await queryRunner.query(`CREATE TYPE "public"."account_status" AS ENUM('ACTIVE', 'DISABLED')`);
    await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."user_role" NOT NULL, "status" "public"."account_status" NOT NULL DEFAULT 'ACTIVE', "password_hash" text, "password_changed_at" TIMESTAMP WITH TIME ZONE, "failed_sign_ins" integer NOT NULL DEFAULT '0', "sign_in_blocked_until" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6b1d49dc4407c09cf2e6e99a64" ON "user_account"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_56a0e4bcec2b5411beafa47ffa" ON "user_account"  ("email") `);
    await queryRunner.query(`CREATE TYPE "public"."session_end_reason" AS ENUM('SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'IDLE', 'EXPIRED', 'ACCOUNT_DISABLED', 'PASSWORD_CHANGED')`);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL, "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "second_factor_done" boolean NOT NULL DEFAULT false, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_reason" "public"."session_end_reason", "user_agent" text, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `);
    await queryRunner.query(`ALTER TYPE "public"."organisation_kind" ADD VALUE 'PLATFORM'`);

    // Row-level security: a person's account and sessions are visible to their own organisation only.
    // The owner gets its own read policies (TO CURRENT_USER, the owner at migration time) because the
    // sign-in and session look-ups below run before any organisation is known, as SECURITY DEFINER functions.
    for (const table of ['user_account', 'session']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "${table}_own" ON "${table}" USING ("organisation_id" = NULLIF(current_setting('app.org_id', true), '')::uuid)`,
      );
      await queryRunner.query(`CREATE POLICY "${table}_owner_lookup" ON "${table}" TO CURRENT_USER USING (true)`);
    }
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "user_account" TO liaise_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "session" TO liaise_app`);

    // Sign-in: the account for an e-mail address, before the organisation is known.
    await queryRunner.query(`
      CREATE FUNCTION auth_account_for_sign_in(p_email text)
      RETURNS TABLE (id uuid, organisation_id uuid, role user_role, status account_status, password_hash text,
                     failed_sign_ins int, sign_in_blocked_until timestamptz, organisation_status organisation_status,
                     organisation_kind organisation_kind)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT a.id, a.organisation_id, a.role, a.status, a.password_hash, a.failed_sign_ins, a.sign_in_blocked_until,
               o.status, o.kind
          FROM user_account a JOIN organisation o ON o.id = a.organisation_id
         WHERE a.email = lower(p_email)
      $$`);
    // A failed attempt, counted in the database so the count holds across api instances. From the fifth
    // failure each further one doubles the wait, up to 15 minutes.
    await queryRunner.query(`
      CREATE FUNCTION auth_record_sign_in_failure(p_user_id uuid, p_now timestamptz)
      RETURNS timestamptz
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE user_account
           SET failed_sign_ins = failed_sign_ins + 1,
               sign_in_blocked_until = CASE WHEN failed_sign_ins + 1 < 5 THEN NULL
                 ELSE p_now + least(interval '15 minutes', interval '1 second' * power(2, failed_sign_ins + 1 - 5) * 15) END
         WHERE id = p_user_id
        RETURNING sign_in_blocked_until
      $$`);
    // The session for a cookie's token hash, if it is still good; touching it keeps it from going idle.
    await queryRunner.query(`
      CREATE FUNCTION auth_resolve_session(p_token_hash text, p_now timestamptz, p_idle_seconds int, p_absolute_seconds int)
      RETURNS TABLE (session_id uuid, user_id uuid, organisation_id uuid, role user_role, second_factor_done boolean)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        s session%ROWTYPE;
        a user_account%ROWTYPE;
        org_status organisation_status;
      BEGIN
        SELECT * INTO s FROM session WHERE token_hash = p_token_hash AND ended_at IS NULL;
        IF NOT FOUND THEN RETURN; END IF;
        SELECT * INTO a FROM user_account WHERE id = s.user_id;
        SELECT o.status INTO org_status FROM organisation o WHERE o.id = s.organisation_id;
        IF a.status <> 'ACTIVE' OR org_status <> 'ACTIVE' THEN
          UPDATE session SET ended_at = p_now, ended_reason = 'ACCOUNT_DISABLED' WHERE id = s.id;
          RETURN;
        END IF;
        IF p_now >= s.created_at + make_interval(secs => p_absolute_seconds) THEN
          UPDATE session SET ended_at = p_now, ended_reason = 'EXPIRED' WHERE id = s.id;
          RETURN;
        END IF;
        IF p_now >= s.last_seen_at + make_interval(secs => p_idle_seconds) THEN
          UPDATE session SET ended_at = p_now, ended_reason = 'IDLE' WHERE id = s.id;
          RETURN;
        END IF;
        UPDATE session SET last_seen_at = p_now WHERE id = s.id;
        RETURN QUERY SELECT s.id, s.user_id, s.organisation_id, a.role, s.second_factor_done;
      END
      $$`);
    await queryRunner.query(`CREATE POLICY "organisation_owner_lookup" ON "organisation" FOR SELECT TO CURRENT_USER USING (true)`);
    for (const fn of ['auth_account_for_sign_in(text)', 'auth_record_sign_in_failure(uuid, timestamptz)', 'auth_resolve_session(text, timestamptz, int, int)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO liaise_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION auth_resolve_session(text, timestamptz, int, int)`);
    await queryRunner.query(`DROP FUNCTION auth_record_sign_in_failure(uuid, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION auth_account_for_sign_in(text)`);
    await queryRunner.query(`DROP POLICY "organisation_owner_lookup" ON "organisation"`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind_old" AS ENUM('POLICE_FORCE', 'SEX_WORK_PROJECT', 'MSHT_PROJECT', 'OTHER_AGENCY')`);
    await queryRunner.query(`ALTER TABLE "organisation" ALTER COLUMN "kind" TYPE "public"."organisation_kind_old" USING "kind"::"text"::"public"."organisation_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."organisation_kind_old" RENAME TO "organisation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TYPE "public"."session_end_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_56a0e4bcec2b5411beafa47ffa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6b1d49dc4407c09cf2e6e99a64"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TYPE "public"."account_status"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}
