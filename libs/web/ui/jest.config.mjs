import { jestConfig } from '../../../jest.preset.mjs';

// Components and hooks rendered in jsdom with Testing Library.
export default jestConfig(import.meta.dirname, { dom: true });
