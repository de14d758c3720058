/** Facts about this running instance that the web may show (for example the demo banner). */
export interface RuntimeInfo {
  readonly demoMode: boolean;
  readonly embeddedDatabase: boolean;
  readonly version: string;
}

export const RUNTIME_INFO = Symbol('RUNTIME_INFO');
