import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@liaise/api-core';
import { startApi, type ApiProcess } from '@liaise/api-testing';

export interface Portal {
  readonly url: string;
  readonly api: ApiProcess;
  stop(): Promise<void>;
}

/**
 * The portal as a user gets it from `npm start`: the built api serving the built web on one port, on its
 * own embedded PostgreSQL with demo data, in a scratch folder deleted afterwards.
 */
export async function startPortal(env: Record<string, string> = {}): Promise<Portal> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'liaise-e2e-'));
  await chmod(scratch, 0o711); // as root, PostgreSQL runs as the postgres OS user and must pass through
  const port = String(await freePort());
  const api = await startApi({ DATA_DIR: path.join(scratch, 'data'), PORT: port, ...env });
  return {
    url: `http://localhost:${port}`,
    api,
    stop: async () => {
      await api.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
