// `npm start`: builds what is needed, then serves the portal on one port (api, worker and the built web),
// on an embedded PostgreSQL unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { nx } from './nx-env.mjs';

const built = await nx(['run', 'api:build']);
if (built !== 0) process.exit(built);

const api = spawn(process.execPath, [new URL('../../apps/api/dist/main.js', import.meta.url).pathname, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// The api stops its embedded database on SIGINT/SIGTERM; this script waits for it rather than leaving it behind.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
