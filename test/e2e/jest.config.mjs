import { jestConfig } from '../../jest.preset.mjs';

// support/csp.setup.ts fails any journey during which the Content-Security-Policy refused something.
export default { ...jestConfig(import.meta.dirname), testTimeout: 120_000, setupFilesAfterEnv: ['<rootDir>/support/csp.setup.ts'] };
