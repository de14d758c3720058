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
        subjectId
        detail
        people {
          id
          name
        }
        operations {
          id
          reference
          type
          generalArea
        }
        organisations {
          id
          name
        }
      }
      nextBeforeSeq
    }
  }
`);
