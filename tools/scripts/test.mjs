// `npm test`: every check and every test of every project.
//   lint, type checks, builds, the typed-hooks drift check, then jest in each project: unit tests,
//   integration tests on a real PostgreSQL (embedded, or TEST_DATABASE_URL), browser journeys in Chromium.
// Ends with one line "tests: N passed, N failed" and a non-zero exit on any failure.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { NX_ENV, nx, run } from './nx-env.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (userInfo().uid === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian\'s Chromium for the browser tests (apt-get install chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if ((await run('apt-get', ['update', '-qq'], { env })) === 0 && (await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env })) === 0) return;
  }
  console.error(`The browser tests need Chromium at ${CHROMIUM}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

async function jestTotals(folder) {
  const totals = { passed: 0, failed: 0 };
  for (const file of existsSync(folder) ? await readdir(folder) : []) {
    const result = JSON.parse(await readFile(path.join(folder, file), 'utf8'));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  }
  return totals;
}

const onlyIntegration = process.argv.includes('--integration');
if (!onlyIntegration) await ensureChromium();

const results = await mkdtemp(path.join(tmpdir(), 'liaise-test-results-'));
const env = { ...NX_ENV, LIAISE_JEST_RESULTS_DIR: results };
const steps = onlyIntegration
  ? [['run-many', '-t', 'test', '-p', 'api', '--parallel=1']]
  : [
      ['run-many', '-t', 'lint', 'typecheck', 'build'],
      ['run', 'web-graphql:codegen-check'],
      ['run-many', '-t', 'test', '--parallel=1'],
    ];
let failedSteps = 0;
for (const step of steps) {
  if ((await nx(step, { env })) !== 0) failedSteps += 1;
}
const totals = await jestTotals(results);
await rm(results, { recursive: true, force: true });
if (failedSteps > 0) console.error(`${failedSteps} of ${steps.length} steps failed.`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps > 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
