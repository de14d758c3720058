import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

/** The built api; tests that run it depend on `nx build api`. */
export const API_MAIN = path.resolve(import.meta.dirname, '../../../../apps/api/dist/main.js');

export interface ApiProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly baseUrl: string;
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * What the api process inherits besides what a test gives it: PATH, and libfaketime's variables, so that a
 * suite run under `faketime` moves the api's clock with the test's own.
 */
function inherited(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && /^(PATH|LD_PRELOAD|FAKETIME.*|DONT_FAKE_MONOTONIC)$/.test(entry[0])),
  );
}

/** Runs the built api (`apps/api/dist/main.js`) as a real process and waits until it says it is running. */
export async function startApi(env: Record<string, string>, { timeoutMs = 60_000 } = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, [API_MAIN], {
    env: { ...inherited(), LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = await Promise.race([
    new Promise<boolean>((resolve) => {
      const check = () => (out.includes('is running at') ? resolve(true) : setTimeout(check, 50));
      check();
    }),
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ]);
  if (!started) {
    child.kill('SIGKILL');
    throw new Error(`The api did not start.\nstdout: ${out}\nstderr: ${err}`);
  }
  return {
    child,
    baseUrl: `http://127.0.0.1:${env['PORT']}`,
    stdout: () => out,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs the built api to completion (for start-up failures) and returns what it printed. */
export function runApiToExit(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [API_MAIN], { env: { ...inherited(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function getStatus(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls until `probe` returns true or the time runs out; returns the last answer. */
export async function eventually(probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return probe();
}
