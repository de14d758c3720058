import { jestConfig } from '../../../jest.preset.mjs';

// How the api's refusals are read (codes and fields, never the English message).
export default jestConfig(import.meta.dirname);
