import type { AnyOrganisationKind } from '@liaise/shared-domain';

export interface DemoOrganisation {
  readonly id: string;
  readonly kind: AnyOrganisationKind;
  readonly name: string;
}

/** Made-up organisations; fixed ids make loading idempotent. */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { id: '0b9c4f7e-1a2b-4c3d-8e5f-000000000001', kind: 'POLICE_FORCE', name: 'Northshire Police' },
  { id: '0b9c4f7e-1a2b-4c3d-8e5f-000000000002', kind: 'POLICE_FORCE', name: 'Westmere Constabulary' },
  { id: '0b9c4f7e-1a2b-4c3d-8e5f-000000000003', kind: 'SEX_WORK_PROJECT', name: 'Harbour Lights Project' },
  { id: '0b9c4f7e-1a2b-4c3d-8e5f-000000000004', kind: 'SEX_WORK_PROJECT', name: 'Open Door Outreach' },
  { id: '0b9c4f7e-1a2b-4c3d-8e5f-000000000005', kind: 'MSHT_PROJECT', name: 'Safe Passage MSHT Service' },
];

/** Holds the platform administrators. */
export const PLATFORM_ORGANISATION: DemoOrganisation = {
  id: '0b9c4f7e-1a2b-4c3d-8e5f-000000000000',
  kind: 'PLATFORM',
  name: 'Liaise platform',
};
