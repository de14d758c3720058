// jest's own `jest-environment-jsdom` 30 pins jsdom 26; this is the same environment on the jsdom the
// workspace uses (31), through the abstract class jest publishes for exactly that.
import JSDOMEnvironment from '@jest/environment-jsdom-abstract';
import * as jsdom from 'jsdom';

export default class JsdomEnvironment extends JSDOMEnvironment {
  constructor(config, context) {
    super(config, context, jsdom);
  }
}
