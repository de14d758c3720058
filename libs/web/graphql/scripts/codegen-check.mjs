// Regenerates the web's GraphQL types and fails when they differ from what git has, so a change to
// apps/api/schema.gql or to a document cannot be committed without its generated code. Run from the
// workspace root (nx does): node libs/web/graphql/scripts/codegen-check.mjs
import { execFileSync, spawnSync } from 'node:child_process';

const GENERATED = 'libs/web/graphql/src/generated';

const codegen = spawnSync('graphql-codegen', ['--config', 'libs/web/graphql/codegen.yml'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (codegen.status !== 0) {
  console.error('codegen-check: graphql-codegen failed.');
  process.exit(codegen.status ?? 1);
}

// Porcelain status lists every difference from the last commit: modified, staged, deleted and untracked
// files alike (`git diff --exit-code` alone would miss files git does not know yet).
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', GENERATED], {
  encoding: 'utf8',
});
if (status.trim() !== '') {
  console.error(`codegen-check: ${GENERATED} is not what git has after regenerating:\n${status}`);
  spawnSync('git', ['--no-pager', 'diff', '--', GENERATED], { stdio: 'inherit' });
  console.error('Run `npx nx run web-graphql:codegen` and commit the result.');
  process.exit(1);
}
console.log(`codegen-check: ${GENERATED} is up to date.`);
