import type { PoolClient } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Who is acting: row-level security policies read these from the transaction's settings. */
export interface Acting {
  readonly organisationId?: string;
  readonly userId?: string;
}

/**
 * From here on in this transaction, `acting` acts: row-level security reads these settings. A request's
 * transaction starts with them set; a step that learns who acts only part-way (signing in, accepting a
 * link) sets them itself.
 */
export async function setActing(queryable: { query(sql: string, parameters?: unknown[]): Promise<unknown> }, acting: Acting): Promise<void> {
  await queryable.query("select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)", [acting.organisationId ?? '', acting.userId ?? '']);
}

/** COMMIT answered ROLLBACK: an earlier statement failed and the server discarded everything. */
export class TransactionRolledBackError extends Error {
  constructor() {
    super('The transaction was rolled back by the database; nothing was saved');
  }
}

export class NestedTransactionError extends Error {
  constructor() {
    super('Nested transactions are not allowed inside a request: its single transaction is already open');
  }
}

export interface TenantTransaction {
  readonly manager: EntityManager;
  /** Commits, or throws TransactionRolledBackError when the server rolled back instead. */
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

type RunnerInternals = Omit<QueryRunner, 'isTransactionActive'> & {
  isTransactionActive: boolean;
  databaseConnection: PoolClient;
  transactionDepth: number;
  releasePostgresConnection(error?: unknown): Promise<void>;
};

/**
 * Opens one transaction on one connection with the acting organisation and user set for row-level
 * security. Everything of a request runs in it: field resolvers and DataLoader batches run in parallel on
 * the one connection, so its queries are serialised here; nested transactions (savepoints) are refused,
 * since concurrent savepoints collide. A connection whose state is in doubt is destroyed, not pooled.
 */
export async function beginTenantTransaction(dataSource: DataSource, acting: Acting): Promise<TenantTransaction> {
  const runner = dataSource.createQueryRunner() as RunnerInternals;
  await runner.connect();

  let queue: Promise<unknown> = Promise.resolve();
  const query = runner.query.bind(runner);
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = queue.then(() => query(...args));
    queue = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];

  try {
    await runner.startTransaction();
    await setActing(runner, acting);
  } catch (error) {
    await runner.releasePostgresConnection(error);
    throw error;
  }
  runner.startTransaction = () => Promise.reject(new NestedTransactionError());

  let finished = false;
  const finish = async (command: 'COMMIT' | 'ROLLBACK') => {
    if (finished) return;
    finished = true;
    let outcome: string | null;
    try {
      await queue;
      outcome = (await runner.databaseConnection.query(command)).command;
    } catch (error) {
      await runner.releasePostgresConnection(error);
      throw error;
    }
    runner.isTransactionActive = false;
    runner.transactionDepth = 0;
    await runner.release();
    if (command === 'COMMIT' && outcome !== 'COMMIT') throw new TransactionRolledBackError();
  };
  return { manager: runner.manager, commit: () => finish('COMMIT'), rollback: () => finish('ROLLBACK') };
}

/** Runs `work` in its own tenant transaction: committed when it returns, rolled back when it throws. */
export async function inTenantTransaction<T>(
  dataSource: DataSource,
  acting: Acting,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const transaction = await beginTenantTransaction(dataSource, acting);
  let result: T;
  try {
    result = await work(transaction.manager);
  } catch (error) {
    await transaction.rollback().catch(() => undefined);
    throw error;
  }
  await transaction.commit();
  return result;
}
