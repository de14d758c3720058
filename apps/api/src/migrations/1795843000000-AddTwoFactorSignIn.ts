import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTwoFactorSignIn1795843000000 implements MigrationInterface {
  name = 'AddTwoFactorSignIn1795843000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A session replaced by a new one when its holder proves the second factor.
    await queryRunner.query(`ALTER TYPE "public"."session_end_reason" ADD VALUE 'REPLACED'`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "totp_secret" text`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "totp_last_step" bigint`);
    await queryRunner.query(
      `CREATE TABLE "recovery_code" ("id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f5c95d9ca2047afa670093e202" ON "recovery_code" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "recovery_code" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "recovery_code" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "recovery_code_own" ON "recovery_code" USING ("organisation_id" = NULLIF(current_setting('app.org_id', true), '')::uuid)`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "recovery_code" TO liaise_app`);
    // The account look-up at sign-in now says whether a second factor is enrolled.
    await queryRunner.query(`DROP FUNCTION auth_account_for_sign_in(text)`);
    await queryRunner.query(`
      CREATE FUNCTION auth_account_for_sign_in(p_email text)
      RETURNS TABLE (id uuid, organisation_id uuid, role user_role, status account_status, password_hash text,
                     failed_sign_ins int, sign_in_blocked_until timestamptz, organisation_status organisation_status,
                     organisation_kind organisation_kind, totp_enabled boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT a.id, a.organisation_id, a.role, a.status, a.password_hash, a.failed_sign_ins, a.sign_in_blocked_until,
               o.status, o.kind, a.totp_enabled_at IS NOT NULL
          FROM user_account a JOIN organisation o ON o.id = a.organisation_id
         WHERE a.email = lower(p_email)
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_account_for_sign_in(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION auth_account_for_sign_in(text) TO liaise_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION auth_account_for_sign_in(text)`);
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
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_account_for_sign_in(text) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION auth_account_for_sign_in(text) TO liaise_app`);
    await queryRunner.query(`DROP TABLE "recovery_code"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "totp_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "totp_secret"`);
  }
}
