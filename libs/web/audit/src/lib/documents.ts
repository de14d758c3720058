import { graphql } from '@liaise/web-graphql';

export const AUDIT_ENTRIES_QUERY = graphql(`
  query AuditEntries($filter: AuditEntriesFilter) {
    auditEntries(filter: $filter) {
      entries {
        id
        seq
        occurredAt
        action
        actorName
        actorFromAnotherOrganisation
        actorOrganisationName
        subjectType
        detail
        people {
          id
          name
        }
      }
      nextBeforeSeq
    }
  }
`);
