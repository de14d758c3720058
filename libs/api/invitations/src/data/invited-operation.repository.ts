import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid, type MediaDecision, type OperationState, type OperationType } from '@liaise/shared-domain';
import type { InvitedOperation, OperationDisclosure } from '../invitation.types.js';

interface InvitedOperationRow {
  id: string;
  type: OperationType;
  state: OperationState;
  planned_day: string;
  expected_duration_minutes: number;
  general_area: string;
  expected_people: number;
  expected_languages: string[];
  dependents_expected: boolean;
  proportionality_statement: string;
  media_decision: MediaDecision;
  media_reason: string | null;
  safeguarding_lead_role: string;
  organisation_id: string;
}

/**
 * Operations as an invitation shows them. A partner reads a force's operation only through the SECURITY
 * DEFINER functions `invited_operations` (what every invited partner sees) and `operation_disclosure` (the
 * exact details, for a named attendee inside the disclosure window); the reference only from the force's own.
 */
@Injectable()
export class InvitedOperationRepository {
  /** The operations with these ids that the acting organisation owns or was invited to, by id. */
  async byIds(manager: EntityManager, ids: readonly string[], now: Date): Promise<Map<string, InvitedOperation>> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: InvitedOperationRow[] = await manager.query('SELECT * FROM invited_operations($1::uuid[], $2::timestamptz)', [valid, now]);
    return new Map(rows.map((row) => [row.id, invitedOperation(row)]));
  }

  /** The operation's exact details when the acting person may see them at `now`; null otherwise. */
  async disclosure(manager: EntityManager, operationId: string, now: Date): Promise<OperationDisclosure | null> {
    const rows: { planned_start: Date; addresses: string[]; briefing_point: string | null }[] = await manager.query(
      'SELECT planned_start, addresses, briefing_point FROM operation_disclosure($1::uuid, $2::timestamptz)',
      [operationId, now],
    );
    const row = rows[0];
    return row === undefined ? null : { plannedStart: row.planned_start, addresses: row.addresses, briefingPoint: row.briefing_point };
  }

  /** The references of those of `ids` that `organisationId` owns, by id. */
  async ownReferences(manager: EntityManager, ids: readonly string[], organisationId: string): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; reference: string }[] = await manager.query('SELECT id, reference FROM operation WHERE id = ANY($1::uuid[]) AND organisation_id = $2', [
      [...ids],
      organisationId,
    ]);
    return new Map(rows.map((row) => [row.id, row.reference]));
  }
}

function invitedOperation(row: InvitedOperationRow): InvitedOperation {
  return {
    id: row.id,
    forceOrganisationId: row.organisation_id,
    type: row.type,
    state: row.state,
    plannedDay: row.planned_day,
    expectedDurationMinutes: row.expected_duration_minutes,
    generalArea: row.general_area,
    expectedPeople: row.expected_people,
    expectedLanguages: row.expected_languages,
    dependentsExpected: row.dependents_expected,
    proportionalityStatement: row.proportionality_statement,
    mediaDecision: row.media_decision,
    mediaReason: row.media_reason,
    safeguardingLeadRole: row.safeguarding_lead_role,
  };
}
