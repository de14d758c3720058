import { jestConfig } from '../../jest.preset.mjs';

// The shell's own logic: how i18next is set up.
export default jestConfig(import.meta.dirname);
