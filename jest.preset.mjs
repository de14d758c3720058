import path from 'node:path';

const workspaceRoot = import.meta.dirname;

/** swc compiles TypeScript for jest; decorator metadata is what Nest's dependency injection reads. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

/**
 * The jest configuration of one project, in native ES module mode. Libraries are resolved to their
 * TypeScript source, so tests need no build of what they import. With `database`, a real PostgreSQL is
 * started once per run (or TEST_DATABASE_URL used) and each test file makes its own database. With `dom`,
 * tests run in jsdom, for components and hooks rendered with Testing Library.
 */
export function jestConfig(projectDir, { database = false, dom = false } = {}) {
  return {
    rootDir: projectDir,
    displayName: path.relative(workspaceRoot, projectDir),
    testEnvironment: dom ? `${workspaceRoot}/jest.jsdom-environment.mjs` : 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/test/**/*.spec.ts'],
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleNameMapper: {
      '^@liaise/(api|web|shared)-([a-z-]+)$': `${workspaceRoot}/libs/$1/$2/src/index.ts`,
      '^@liaise/(api|web|shared)-([a-z-]+)/testing$': `${workspaceRoot}/libs/$1/$2/src/testing/index.ts`,
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
    ...(database
      ? {
          globalSetup: `${workspaceRoot}/libs/api/testing/postgres.global-setup.mjs`,
          globalTeardown: `${workspaceRoot}/libs/api/testing/postgres.global-teardown.mjs`,
        }
      : {}),
    testTimeout: 60_000,
    errorOnDeprecated: true,
  };
}
