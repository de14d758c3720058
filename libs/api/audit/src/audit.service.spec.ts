import { withClient } from '@liaise/api-testing';
import type { AuditAction } from '@liaise/shared-domain';
import { AuditRecordError, AuditService, type AuditRecord } from './audit.service.js';
import { actingFor, createAuditTestDatabase, newId, type AuditTestDatabase } from './testing/audit-test-database.js';

let db: AuditTestDatabase;
beforeAll(async () => {
  db = await createAuditTestDatabase();
});
afterAll(() => db.drop());

const audit = new AuditService();
const organisationId = newId();

const recordAs = (entry: Omit<AuditRecord, 'organisationId'> & { organisationId?: string }) =>
  actingFor(db.app, organisationId, (manager) => audit.record(manager, { organisationId, ...entry }));

async function entryCount(): Promise<number> {
  return withClient(db.superuserUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry WHERE organisation_id = $1', [organisationId]);
    return rows[0]?.n ?? 0;
  });
}

describe('AuditService.record', () => {
  it('returns the new entry id', async () => {
    const id = await recordAs({ action: 'auth.sign-in', actorUserId: newId(), ip: '::ffff:192.0.2.1', detail: { method: 'password-and-otp' } });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each(['auth', 'Auth.sign-in', 'auth.', 'auth..sign-in', 'auth.sign_in', '.auth', 'auth.sign in', 'auth.sign-in\n', 'a1.b', 'operation.viewed'])(
    'refuses the action %j',
    async (action) => {
      const before = await entryCount();
      // Not an action Liaise writes, as a caller that bypassed the types would pass it.
      await expect(recordAs({ action: action as AuditAction })).rejects.toThrow(AuditRecordError);
      expect(await entryCount()).toBe(before);
    },
  );

  it.each([
    [{ password: 'hunter2' }, 'detail.password'],
    [{ user: { Password: 'x' } }, 'detail.user.Password'],
    [{ resetToken: 'x' }, 'detail.resetToken'],
    [{ access_token: 'x' }, 'detail.access_token'],
    [{ 'client-secret': 'x' }, 'detail.client-secret'],
    [{ attempts: [{ ok: false }, { code: '123456' }] }, 'detail.attempts[1].code'],
    [{ passwordHash: 'x' }, 'detail.passwordHash'],
  ])('refuses a detail holding a secret: %j', async (detail, path) => {
    const before = await entryCount();
    await expect(recordAs({ action: 'auth.sign-in-failed', detail })).rejects.toThrow(`${path} is refused`);
    expect(await entryCount()).toBe(before);
  });

  it('accepts ordinary details', async () => {
    await expect(recordAs({ action: 'auth.sign-in-failed', detail: { reason: 'wrong-password', attempts: 3, coder: 'x', tokenised: false } })).resolves.toBeDefined();
  });

  it('refuses details that are not an object, and malformed ids and addresses', async () => {
    await expect(recordAs({ action: 'auth.sign-in-failed', detail: ['x'] as unknown as Record<string, unknown> })).rejects.toThrow('must be a JSON object');
    await expect(recordAs({ action: 'auth.sign-in-failed', organisationId: 'not-a-uuid' })).rejects.toThrow('organisationId is not a uuid');
    await expect(recordAs({ action: 'auth.sign-in-failed', actorUserId: '42' })).rejects.toThrow('actorUserId is not a uuid');
    await expect(recordAs({ action: 'auth.sign-in-failed', ip: '999.1.1.1' })).rejects.toThrow('is not an IP address');
    await expect(recordAs({ action: 'auth.sign-in-failed', detail: { text: 'x'.repeat(20_000) } })).rejects.toThrow('larger than');
  });

  it('refuses to record outside a transaction, where the entry could outlive what it describes', async () => {
    await expect(audit.record(db.app.manager, { organisationId, action: 'auth.sign-in' })).rejects.toThrow('only inside the transaction');
  });
});

describe('AuditService.list', () => {
  it('refuses a malformed page', async () => {
    await expect(actingFor(db.app, organisationId, (manager) => audit.list(manager, { limit: 1.5 }))).rejects.toThrow(AuditRecordError);
    await expect(actingFor(db.app, organisationId, (manager) => audit.list(manager, { beforeSeq: -1 }))).rejects.toThrow(AuditRecordError);
  });
});

describe('AuditService.recordForBoth', () => {
  const stored = (ids: readonly string[]) =>
    withClient(db.superuserUrl, async (client) => {
      const { rows } = await client.query<{ id: string; organisation_id: string; actor_user_id: string; actor_organisation_id: string; action: string; subject_type: string; subject_id: string; detail: unknown }>(
        `SELECT id, organisation_id, actor_user_id, actor_organisation_id, action, subject_type, subject_id, detail
           FROM audit_entry WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`,
        [ids],
      );
      return rows;
    });

  it('puts the same entry on each organisation’s trail, in the order given', async () => {
    const force = newId();
    const partner = newId();
    const actor = newId();
    const subject = newId();
    const ids = await actingFor(db.app, partner, (manager) =>
      audit.recordForBoth(manager, [partner, force], {
        actorUserId: actor,
        actorOrganisationId: partner,
        action: 'operation.details-disclosed',
        subjectType: 'operation',
        subjectId: subject,
        detail: { fields: ['addresses'] },
      }),
    );
    const same = { actor_user_id: actor, actor_organisation_id: partner, action: 'operation.details-disclosed', subject_type: 'operation', subject_id: subject, detail: { fields: ['addresses'] } };
    expect(await stored(ids)).toEqual([
      { id: ids[0], organisation_id: partner, ...same },
      { id: ids[1], organisation_id: force, ...same },
    ]);
  });

  it('refuses the lot when one trail is refused: nothing outlives the transaction', async () => {
    const force = newId();
    await expect(
      actingFor(db.app, force, (manager) => audit.recordForBoth(manager, [force, 'not-a-uuid'], { action: 'invitation.sent' })),
    ).rejects.toThrow('organisationId is not a uuid');
    const onForceTrail = await withClient(db.superuserUrl, async (client) => {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry WHERE organisation_id = $1', [force]);
      return rows[0]?.n;
    });
    expect(onForceTrail).toBe(0);
  });
});
