import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joining by invitation and password reset. Both tables belong to an organisation (row-level security);
 * their one-time links are looked up before any organisation is known, through SECURITY DEFINER functions
 * that read as the owner under its own policy.
 */
export class CreateInvitationsAndPasswordResets1795842000000 implements MigrationInterface {
  name = 'CreateInvitationsAndPasswordResets1795842000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_invitation" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "email" text NOT NULL, "role" "public"."user_role" NOT NULL, "token_hash" text NOT NULL, "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_41026b90b70299ac5dc0183351a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dae1fbb7380870edf9b6098665" ON "user_invitation"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_65f8dcac30954ce6930e3c44f8" ON "user_invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "password_reset" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0309de62e0cb0960ebb2cb65c9" ON "password_reset"  ("token_hash") `);

    for (const table of ['user_invitation', 'password_reset']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "${table}_own" ON "${table}" USING ("organisation_id" = NULLIF(current_setting('app.org_id', true), '')::uuid)`,
      );
      await queryRunner.query(`CREATE POLICY "${table}_owner_lookup" ON "${table}" TO CURRENT_USER USING (true)`);
      await queryRunner.query(`REVOKE ALL ON "${table}" FROM PUBLIC`);
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO liaise_app`);
    }

    // An invitation by its link's token hash, with its organisation, before anyone is signed in.
    await queryRunner.query(`
      CREATE FUNCTION people_invitation_for_token(p_token_hash text)
      RETURNS TABLE (id uuid, organisation_id uuid, email text, role user_role, expires_at timestamptz,
                     accepted_at timestamptz, revoked_at timestamptz, organisation_name text,
                     organisation_kind organisation_kind, organisation_status organisation_status)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT i.id, i.organisation_id, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at, o.name, o.kind, o.status
          FROM user_invitation i JOIN organisation o ON o.id = i.organisation_id
         WHERE i.token_hash = p_token_hash
      $$`);
    // E-mail addresses are unique across Liaise, whichever organisation holds the account.
    await queryRunner.query(`
      CREATE FUNCTION people_email_has_account(p_email text)
      RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM user_account WHERE email = lower(p_email))
      $$`);
    // The active account a reset is asked for, with how many resets it was sent since p_since. Requests for
    // one account take turns (the lock lasts until the caller's transaction ends), so a flood of
    // simultaneous requests cannot all pass the count.
    await queryRunner.query(`
      CREATE FUNCTION people_account_for_password_reset(p_email text, p_since timestamptz)
      RETURNS TABLE (user_id uuid, organisation_id uuid, recent_resets int)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        v_user_id uuid;
        v_organisation_id uuid;
      BEGIN
        SELECT a.id, a.organisation_id INTO v_user_id, v_organisation_id
          FROM user_account a JOIN organisation o ON o.id = a.organisation_id
         WHERE a.email = lower(p_email) AND a.status = 'ACTIVE' AND o.status = 'ACTIVE';
        IF NOT FOUND THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock(hashtext('password_reset'), hashtext(v_user_id::text));
        RETURN QUERY
          SELECT v_user_id, v_organisation_id,
                 (SELECT count(*)::int FROM password_reset r WHERE r.user_id = v_user_id AND r.created_at >= p_since);
      END
      $$`);
    // A password reset by its link's token hash, with the account and organisation it is for.
    await queryRunner.query(`
      CREATE FUNCTION people_password_reset_for_token(p_token_hash text)
      RETURNS TABLE (id uuid, user_id uuid, organisation_id uuid, expires_at timestamptz, used_at timestamptz,
                     email text, display_name text, account_status account_status, organisation_name text,
                     organisation_status organisation_status)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT r.id, r.user_id, r.organisation_id, r.expires_at, r.used_at, a.email, a.display_name, a.status, o.name, o.status
          FROM password_reset r
          JOIN user_account a ON a.id = r.user_id
          JOIN organisation o ON o.id = r.organisation_id
         WHERE r.token_hash = p_token_hash
      $$`);
    for (const fn of FUNCTIONS) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO liaise_app`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of [...FUNCTIONS].reverse()) await queryRunner.query(`DROP FUNCTION ${fn}`);
    for (const table of ['password_reset', 'user_invitation']) {
      await queryRunner.query(`DROP POLICY "${table}_owner_lookup" ON "${table}"`);
      await queryRunner.query(`DROP POLICY "${table}_own" ON "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_0309de62e0cb0960ebb2cb65c9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad88301fdc79593dd222268a8b"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65f8dcac30954ce6930e3c44f8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dae1fbb7380870edf9b6098665"`);
    await queryRunner.query(`DROP TABLE "user_invitation"`);
  }
}

const FUNCTIONS = [
  'people_invitation_for_token(text)',
  'people_email_has_account(text)',
  'people_account_for_password_reset(text, timestamptz)',
  'people_password_reset_for_token(text)',
];
