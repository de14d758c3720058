/**
 * Which of the operations and invitations pages a person has in the navigation: a force's people plan
 * operations; a partner's people answer invitations. While the organisation's kind is not known yet, the
 * permissions alone decide.
 */
export function operationsNavigation(permissions: readonly string[], organisationKind: string | undefined): { operations: boolean; invitations: boolean } {
  const mayReadOperations = permissions.includes('operation:read');
  const mayReadInvitations = permissions.includes('invitation:read');
  if (organisationKind === undefined) {
    return { operations: mayReadOperations && !permissions.includes('invitation:respond'), invitations: mayReadInvitations && !mayReadOperations };
  }
  const isForce = organisationKind === 'POLICE_FORCE';
  return { operations: isForce && mayReadOperations, invitations: !isForce && mayReadInvitations };
}
