import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sign-in look-up before this migration: it read the per-account pause this migration moves away. */
const ACCOUNT_FOR_SIGN_IN_BEFORE = `
  CREATE FUNCTION auth_account_for_sign_in(p_email text)
  RETURNS TABLE (id uuid, organisation_id uuid, role user_role, status account_status, password_hash text,
                 failed_sign_ins int, sign_in_blocked_until timestamptz, organisation_status organisation_status,
                 organisation_kind organisation_kind, totp_enabled boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.id, a.organisation_id, a.role, a.status, a.password_hash, a.failed_sign_ins, a.sign_in_blocked_until,
           o.status, o.kind, a.totp_enabled_at IS NOT NULL
      FROM user_account a JOIN organisation o ON o.id = a.organisation_id
     WHERE a.email = lower(p_email)
  $$`;

const FUNCTIONS = [
  'auth_account_for_sign_in(text)',
  'auth_sign_in_paused_until(text, text, text, timestamptz)',
  'auth_record_sign_in_failure(text, text, text, int, int, int, timestamptz)',
  'auth_record_sign_in_success(text, text, timestamptz)',
  'auth_pause_after(int, int)',
];

/**
 * Sign-in throttling that neither reveals which addresses have accounts nor lets anyone lock a person out.
 *
 * Failed password sign-ins are counted in `sign_in_throttle` under three keys, each a SHA-256 (made by the
 * api) of what it counts: the e-mail address, whether or not an account has it; the client's address;
 * and the pair of both. An unknown address is counted exactly as a real one, without an account being made.
 * The table holds no organisation's rows and nothing readable: the application role has no grant on it at
 * all, and reaches it only through the SECURITY DEFINER functions below. Row-level security is forced all
 * the same, as on every table, with the owner (whose rights those functions run with) its only reader. Counts are forgotten a day after the last failure; a successful pair is remembered for 90 days
 * (a place the person has signed in from before is not held back by pauses others cause). Each failure
 * deletes a batch of expired rows.
 *
 * Wrong second-factor codes are counted on the account itself (it is known by then) and on the half-signed-in
 * session: a new sign-in with the password does not reset the first, and the session ends after a few.
 */
export class ThrottleSignIns1795850000000 implements MigrationInterface {
  name = 'ThrottleSignIns1795850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_in_throttle" (
      "key" text NOT NULL,
      "scope" text NOT NULL CHECK ("scope" IN ('pair', 'client', 'account')),
      "failures" integer NOT NULL DEFAULT 0,
      "last_failure_at" TIMESTAMP WITH TIME ZONE,
      "paused_until" TIMESTAMP WITH TIME ZONE,
      "succeeded_at" TIMESTAMP WITH TIME ZONE,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_sign_in_throttle" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_throttle_expires_at" ON "sign_in_throttle" ("expires_at")`);
    await queryRunner.query(`REVOKE ALL ON "sign_in_throttle" FROM PUBLIC`);
    await queryRunner.query(`ALTER TABLE "sign_in_throttle" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "sign_in_throttle" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY "sign_in_throttle_owner" ON "sign_in_throttle" TO CURRENT_USER USING (true)`);

    // From the `p_pause_from`-th consecutive failure, a pause of 15 seconds, doubling with each further one
    // up to 15 minutes (the exponent is capped first, so a huge count cannot overflow the interval).
    await queryRunner.query(`
      CREATE FUNCTION auth_pause_after(p_failures int, p_pause_from int)
      RETURNS interval
      LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
        SELECT CASE WHEN p_failures < p_pause_from THEN NULL
          ELSE least(interval '15 minutes', interval '15 seconds' * power(2, least(p_failures - p_pause_from, 6))) END
      $$`);
    // Until when an attempt from this pair must wait. A pair that has signed in before waits only for its
    // own failures; any other waits also for its client address's and the account's.
    await queryRunner.query(`
      CREATE FUNCTION auth_sign_in_paused_until(p_pair text, p_client text, p_account text, p_now timestamptz)
      RETURNS timestamptz
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH known AS (
          SELECT EXISTS (SELECT 1 FROM sign_in_throttle
                          WHERE key = p_pair AND succeeded_at > p_now - interval '90 days') AS known
        )
        SELECT max(t.paused_until)
          FROM sign_in_throttle t, known
         WHERE t.paused_until > p_now
           AND (t.key = p_pair OR (NOT known.known AND t.key IN (p_client, p_account)))
      $$`);
    await queryRunner.query(`DROP FUNCTION auth_record_sign_in_failure(uuid, timestamptz)`);
    await queryRunner.query(`
      CREATE FUNCTION auth_record_sign_in_failure(p_pair text, p_client text, p_account text,
                                                  p_pair_pause_from int, p_client_pause_from int, p_account_pause_from int,
                                                  p_now timestamptz)
      RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        k record;
        counted int;
      BEGIN
        FOR k IN SELECT * FROM (VALUES (p_pair, 'pair', p_pair_pause_from), (p_client, 'client', p_client_pause_from),
                                       (p_account, 'account', p_account_pause_from)) AS v(key, scope, pause_from)
        LOOP
          INSERT INTO sign_in_throttle AS t (key, scope, failures, last_failure_at, expires_at)
               VALUES (k.key, k.scope, 1, p_now, p_now + interval '1 day')
          ON CONFLICT (key) DO UPDATE
             SET failures = CASE WHEN t.last_failure_at > p_now - interval '1 day' THEN t.failures + 1 ELSE 1 END,
                 last_failure_at = p_now,
                 expires_at = greatest(p_now + interval '1 day', t.succeeded_at + interval '90 days')
          RETURNING failures INTO counted;
          UPDATE sign_in_throttle SET paused_until = p_now + auth_pause_after(counted, k.pause_from) WHERE key = k.key;
        END LOOP;
        DELETE FROM sign_in_throttle
         WHERE key IN (SELECT key FROM sign_in_throttle WHERE expires_at <= p_now LIMIT 100);
      END
      $$`);
    // The right password: the pair starts afresh and is remembered; the account's consecutive failures end.
    await queryRunner.query(`
      CREATE FUNCTION auth_record_sign_in_success(p_pair text, p_account text, p_now timestamptz)
      RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        INSERT INTO sign_in_throttle AS t (key, scope, failures, succeeded_at, expires_at)
             VALUES (p_pair, 'pair', 0, p_now, p_now + interval '90 days')
        ON CONFLICT (key) DO UPDATE
           SET failures = 0, last_failure_at = NULL, paused_until = NULL, succeeded_at = p_now,
               expires_at = p_now + interval '90 days';
        DELETE FROM sign_in_throttle WHERE key = p_account;
      $$`);

    await queryRunner.query(`DROP FUNCTION auth_account_for_sign_in(text)`);
    await queryRunner.query(`
      CREATE FUNCTION auth_account_for_sign_in(p_email text)
      RETURNS TABLE (id uuid, organisation_id uuid, role user_role, status account_status, password_hash text,
                     organisation_status organisation_status, organisation_kind organisation_kind, totp_enabled boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT a.id, a.organisation_id, a.role, a.status, a.password_hash, o.status, o.kind, a.totp_enabled_at IS NOT NULL
          FROM user_account a JOIN organisation o ON o.id = a.organisation_id
         WHERE a.email = lower(p_email)
      $$`);
    for (const fn of FUNCTIONS) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO liaise_app`);
    }

    // Password failures no longer live on the account; wrong second-factor codes do.
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "failed_sign_ins"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "sign_in_blocked_until"`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "failed_codes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "codes_paused_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "session" ADD "wrong_codes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TYPE "public"."session_end_reason" ADD VALUE 'TOO_MANY_WRONG_CODES'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "wrong_codes"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "codes_paused_until"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "failed_codes"`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "sign_in_blocked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "failed_sign_ins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`DROP FUNCTION auth_account_for_sign_in(text)`);
    await queryRunner.query(ACCOUNT_FOR_SIGN_IN_BEFORE);
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_account_for_sign_in(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION auth_account_for_sign_in(text) TO liaise_app`);
    await queryRunner.query(`DROP FUNCTION auth_record_sign_in_success(text, text, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION auth_record_sign_in_failure(text, text, text, int, int, int, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION auth_sign_in_paused_until(text, text, text, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION auth_pause_after(int, int)`);
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
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_record_sign_in_failure(uuid, timestamptz) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION auth_record_sign_in_failure(uuid, timestamptz) TO liaise_app`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    // The session_end_reason value stays: PostgreSQL cannot drop an enum value.
  }
}
