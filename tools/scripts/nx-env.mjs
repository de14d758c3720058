// Shared by the start and test scripts: how they run Nx and child commands.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** No Nx daemon or cloud: one predictable process tree that ends when the command ends. */
/** Every child finds this Node.js (the project's 24) and the workspace's tools first on PATH. */
export const NX_ENV = {
  ...process.env,
  PATH: [path.dirname(process.execPath), path.join(root, 'node_modules/.bin'), process.env.PATH].join(path.delimiter),
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
};

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, { env = NX_ENV } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function nx(args, options) {
  return run(process.execPath, [path.join(root, 'node_modules/nx/dist/bin/nx.js'), ...args, '--outputStyle=stream'], options);
}
