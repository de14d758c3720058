import { jestConfig } from '../../../jest.preset.mjs';

// Helpers and components shared by the features, rendered in jsdom where they are components.
export default jestConfig(import.meta.dirname, { dom: true });
