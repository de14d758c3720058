// Runs jest for one project in native ES module mode (the api and its libraries are ES modules):
//   node tools/scripts/jest.mjs <project folder> [jest arguments]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const [projectDir, ...args] = process.argv.slice(2);
if (!projectDir) {
  console.error('usage: node tools/scripts/jest.mjs <project folder> [jest arguments]');
  process.exit(2);
}
// The test command collects every project's results to print one total.
const resultsDir = process.env.LIAISE_JEST_RESULTS_DIR;
if (resultsDir) args.push('--json', `--outputFile=${path.join(resultsDir, `${projectDir.replaceAll('/', '-')}.json`)}`);
const jestBin = path.join(path.dirname(createRequire(import.meta.url).resolve('jest/package.json')), 'bin/jest.js');
const { status, signal } = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', jestBin, '--config', `${projectDir}/jest.config.mjs`, ...args],
  { stdio: 'inherit' },
);
process.exit(status ?? (signal ? 1 : 0));
