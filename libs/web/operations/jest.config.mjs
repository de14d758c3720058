import { jestConfig } from '../../../jest.preset.mjs';

// Logic in node's speed would do, but the pages' sections are rendered in jsdom with Testing Library.
export default jestConfig(import.meta.dirname, { dom: true });
