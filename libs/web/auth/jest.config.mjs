import { jestConfig } from '../../../jest.preset.mjs';

// Unit tests of the sign-in logic that needs no browser (return addresses, error answers, session end).
export default jestConfig(import.meta.dirname);
