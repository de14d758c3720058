// Shared by the start and test scripts: how they run Nx and child commands.
import { spawn } from 'node:child_process';

/** No Nx daemon or cloud: one predictable process tree that ends when the command ends. */
export const NX_ENV = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '' };

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, { env = NX_ENV } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function nx(args, options) {
  return run(process.execPath, [new URL('../../node_modules/nx/bin/nx.js', import.meta.url).pathname, ...args, '--outputStyle=stream'], options);
}
