import { ROLE_PERMISSIONS } from '@liaise/shared-domain';
import { operationsNavigation } from './navigation.js';

describe('operationsNavigation', () => {
  it("gives a force's people operations and a partner's people invitations", () => {
    expect(operationsNavigation(ROLE_PERMISSIONS.LIAISON_OFFICER, 'POLICE_FORCE')).toEqual({ operations: true, invitations: false });
    expect(operationsNavigation(ROLE_PERMISSIONS.MANAGER, 'POLICE_FORCE')).toEqual({ operations: true, invitations: false });
    expect(operationsNavigation(ROLE_PERMISSIONS.ORGANISATION_ADMIN, 'POLICE_FORCE')).toEqual({ operations: true, invitations: false });
    expect(operationsNavigation(ROLE_PERMISSIONS.OUTREACH_WORKER, 'SEX_WORK_PROJECT')).toEqual({ operations: false, invitations: true });
    expect(operationsNavigation(ROLE_PERMISSIONS.ORGANISATION_ADMIN, 'MSHT_PROJECT')).toEqual({ operations: false, invitations: true });
    expect(operationsNavigation(ROLE_PERMISSIONS.PLATFORM_ADMIN, 'PLATFORM')).toEqual({ operations: false, invitations: false });
  });

  it('goes by the permissions alone until the organisation is known', () => {
    expect(operationsNavigation(ROLE_PERMISSIONS.LIAISON_OFFICER, undefined)).toEqual({ operations: true, invitations: false });
    expect(operationsNavigation(ROLE_PERMISSIONS.OUTREACH_WORKER, undefined)).toEqual({ operations: false, invitations: true });
  });
});
