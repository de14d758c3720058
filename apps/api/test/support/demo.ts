import { DEMO_ORGANISATIONS, PLATFORM_ORGANISATION, type DemoOrganisation } from '../../src/demo/demo-organisations.js';
import { DEMO_PEOPLE, type DemoPerson } from '../../src/demo/demo-people.js';

/** The demo person who signs in with this e-mail address. */
export function demoPerson(email: string): DemoPerson {
  const found = DEMO_PEOPLE.find((person) => person.email === email);
  if (found === undefined) throw new Error(`No demo person signs in as ${email} (see apps/api/src/demo/demo-people.ts)`);
  return found;
}

/** The demo organisation with this name (the platform's own among them). */
export function demoOrganisation(name: string): DemoOrganisation {
  const found = [PLATFORM_ORGANISATION, ...DEMO_ORGANISATIONS].find((organisation) => organisation.name === name);
  if (found === undefined) throw new Error(`No demo organisation is called ${name} (see apps/api/src/demo/demo-organisations.ts)`);
  return found;
}
