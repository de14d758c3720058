import type { Problem } from '@liaise/shared-domain';

/** What a partner answers: attend, naming who, or not, saying why. */
export interface RespondForm {
  readonly choice: '' | 'accept' | 'decline';
  readonly attendeeUserIds: readonly string[];
  readonly reason: string;
}

export const EMPTY_RESPONSE: RespondForm = { choice: '', attendeeUserIds: [], reason: '' };

/** The answer's fields, as the api names them. */
export type RespondField = 'choice' | 'attendeeUserIds' | 'reason';

/** Each field's input: error summary links go to it. */
export const RESPOND_IDS: Readonly<Record<RespondField, string>> = { choice: 'choice', attendeeUserIds: 'attendees', reason: 'reason' };

export type CheckedResponse =
  | { readonly accept: true; readonly attendeeUserIds: string[] }
  | { readonly accept: false; readonly reason: string };

/** The checks made before asking the api: a choice; someone named to accept; a reason to decline. */
export function checkResponse(form: RespondForm): { problems: Problem<RespondField>[]; response?: CheckedResponse } {
  if (form.choice === '') return { problems: [{ field: 'choice', code: 'REQUIRED' }] };
  if (form.choice === 'accept') {
    if (form.attendeeUserIds.length === 0) return { problems: [{ field: 'attendeeUserIds', code: 'REQUIRED' }] };
    return { problems: [], response: { accept: true, attendeeUserIds: [...new Set(form.attendeeUserIds)] } };
  }
  if (form.reason.trim() === '') return { problems: [{ field: 'reason', code: 'REASON_REQUIRED' }] };
  return { problems: [], response: { accept: false, reason: form.reason.trim() } };
}
