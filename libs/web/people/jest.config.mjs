import { jestConfig } from '../../../jest.preset.mjs';

// Unit tests of the logic that needs no browser (how the api's refusals become messages on fields).
export default jestConfig(import.meta.dirname);
