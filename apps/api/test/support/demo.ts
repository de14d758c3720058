import { DEMO_ORGANISATIONS, PLATFORM_ORGANISATION, type DemoOrganisation } from '../../src/demo/demo-organisations.js';
import { DEMO_PARTNERSHIPS } from '../../src/demo/demo-partnerships.js';
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

/** The ids of the demo's partner organisations, under the names the specs give them. */
export const DEMO_ORGANISATION_IDS = {
  northshire: demoOrganisation('Northshire Police').id,
  westmere: demoOrganisation('Westmere Constabulary').id,
  harbour: demoOrganisation('Harbour Lights Project').id,
  openDoor: demoOrganisation('Open Door Outreach').id,
  safePassage: demoOrganisation('Safe Passage MSHT Service').id,
};

/** The demo partnership between this police force and this project, both named. */
export function demoPartnership(forceName: string, projectName: string): (typeof DEMO_PARTNERSHIPS)[number] {
  const force = demoOrganisation(forceName).id;
  const project = demoOrganisation(projectName).id;
  const found = DEMO_PARTNERSHIPS.find((partnership) => partnership.force === force && partnership.project === project);
  if (found === undefined) throw new Error(`No demo partnership between ${forceName} and ${projectName} (see apps/api/src/demo/demo-partnerships.ts)`);
  return found;
}
