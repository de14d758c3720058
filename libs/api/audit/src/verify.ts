import pg from 'pg';
import { canonicalIp, canonicalTimestamp, entryHash, GENESIS_HASH } from './canonical.js';

export interface BrokenChain {
  readonly organisationId: string;
  /** The entry at which the chain first breaks (after a gap: the first entry after it). */
  readonly seq: number;
  readonly id: string;
  readonly problem: string;
}

export interface AuditVerification {
  readonly organisations: number;
  readonly entries: number;
  /** The first broken entry of each broken chain; empty when every chain is intact. */
  readonly broken: BrokenChain[];
}

export interface VerifyOptions {
  /** Rows read per round trip; 5000 unless given. */
  readonly batchSize?: number;
}

interface RawEntry {
  id: string;
  organisation_id: string;
  seq: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  detail: string;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

/** Every column as PostgreSQL prints it: nothing is parsed, so nothing is lost (microseconds, bigints). */
const rawText: pg.CustomTypesConfig = { getTypeParser: (() => (value: string) => value) as pg.CustomTypesConfig['getTypeParser'] };

/**
 * Walks every organisation's chain in seq order as the owner (`ownerUrl`), recomputing each entry's hash in
 * Node from its stored columns and checking that seqs run 1, 2, 3… and each prev_hash is the hash of the
 * entry before. Reads one consistent snapshot. Cannot see entries removed from the end of a chain: compare
 * the latest seq and hash with a copy kept elsewhere for that.
 */
export async function verifyAuditTrail(ownerUrl: string, { batchSize = 5000 }: VerifyOptions = {}): Promise<AuditVerification> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'liaise-audit-verify', types: rawText });
  await client.connect();
  try {
    await client.query(`SET TIME ZONE 'UTC'`);
    await client.query(`SET datestyle = 'ISO'`);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const walker = new ChainWalker();
    let after: { organisationId: string; seq: string } | undefined;
    for (;;) {
      const { rows } = await client.query<RawEntry>(
        `SELECT id, organisation_id, seq, occurred_at, actor_user_id, actor_organisation_id, action, subject_type,
                subject_id, detail, ip, prev_hash, hash
           FROM audit_entry
          ${after ? 'WHERE (organisation_id, seq) > ($2::uuid, $3::bigint)' : ''}
          ORDER BY organisation_id, seq
          LIMIT $1`,
        after ? [batchSize, after.organisationId, after.seq] : [batchSize],
      );
      for (const row of rows) walker.visit(row);
      const last = rows.at(-1);
      if (last === undefined || rows.length < batchSize) break;
      after = { organisationId: last.organisation_id, seq: last.seq };
    }
    await client.query('COMMIT');
    return walker.result();
  } finally {
    await client.end();
  }
}

class ChainWalker {
  private organisations = 0;
  private entries = 0;
  private readonly broken: BrokenChain[] = [];
  private current: { organisationId: string; seq: bigint; hash: string; broken: boolean } | undefined;

  visit(row: RawEntry): void {
    this.entries += 1;
    if (this.current?.organisationId !== row.organisation_id) {
      this.organisations += 1;
      this.current = { organisationId: row.organisation_id, seq: 0n, hash: GENESIS_HASH, broken: false };
    }
    const chain = this.current;
    if (chain.broken) return;
    const problem = this.problemWith(row, chain.seq, chain.hash);
    if (problem !== undefined) {
      chain.broken = true;
      this.broken.push({ organisationId: row.organisation_id, seq: Number(row.seq), id: row.id, problem });
      return;
    }
    chain.seq = BigInt(row.seq);
    chain.hash = row.hash;
  }

  private problemWith(row: RawEntry, previousSeq: bigint, previousHash: string): string | undefined {
    const seq = BigInt(row.seq);
    const expected = previousSeq + 1n;
    if (seq > expected) {
      const missing = expected === seq - 1n ? `entry #${expected} is missing` : `entries #${expected} to #${seq - 1n} are missing`;
      return previousSeq === 0n ? `${missing}: the chain starts at #${seq}` : `${missing}: #${seq} follows #${previousSeq}`;
    }
    if (seq < expected) return `seq #${seq} is out of order: it follows #${previousSeq}`;
    if (row.prev_hash !== previousHash) {
      return previousSeq === 0n
        ? 'prev_hash of the first entry is not the genesis value (64 zeros)'
        : `prev_hash does not match the hash of entry #${previousSeq}`;
    }
    const occurredAt = canonicalTimestamp(row.occurred_at);
    if (occurredAt === undefined) return `occurred_at (${row.occurred_at}) cannot be read`;
    const recomputed = entryHash({
      prevHash: row.prev_hash,
      id: row.id,
      organisationId: row.organisation_id,
      seq: row.seq,
      occurredAt,
      actorUserId: row.actor_user_id,
      actorOrganisationId: row.actor_organisation_id,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      detail: row.detail,
      ip: canonicalIp(row.ip),
    });
    if (recomputed !== row.hash) return 'hash does not match its contents';
    return undefined;
  }

  result(): AuditVerification {
    return { organisations: this.organisations, entries: this.entries, broken: this.broken };
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Human-readable lines: one when intact, otherwise a summary and one line per broken chain. */
export function formatVerification(verification: AuditVerification): string[] {
  const counted = `${plural(verification.organisations, 'organisation', 'organisations')}, ${plural(verification.entries, 'entry', 'entries')}`;
  if (verification.broken.length === 0) return [`Audit trail intact: ${counted}`];
  return [
    `Audit trail BROKEN in ${plural(verification.broken.length, 'organisation', 'organisations')} (checked ${counted})`,
    ...verification.broken.map(
      (broken) => `BROKEN: organisation ${broken.organisationId} entry #${broken.seq} (id ${broken.id}): ${broken.problem}`,
    ),
  ];
}
