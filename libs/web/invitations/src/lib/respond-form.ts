/** What a partner answers: attend, naming who, or not, saying why. */
export interface RespondForm {
  readonly choice: '' | 'accept' | 'decline';
  readonly attendeeUserIds: readonly string[];
  readonly reason: string;
}

export const EMPTY_RESPONSE: RespondForm = { choice: '', attendeeUserIds: [], reason: '' };

export const RESPOND_IDS = { choice: 'choice', attendees: 'attendees', reason: 'reason' } as const;

export type CheckedResponse =
  | { readonly accept: true; readonly attendeeUserIds: string[] }
  | { readonly accept: false; readonly reason: string };

/** The checks made before asking the api: a choice; someone named to accept; a reason to decline. */
export function checkResponse(form: RespondForm, t: (key: string) => string): { problems: { field: string; message: string }[]; response?: CheckedResponse } {
  if (form.choice === '') return { problems: [{ field: RESPOND_IDS.choice, message: t('invitation.choiceMissing') }] };
  if (form.choice === 'accept') {
    if (form.attendeeUserIds.length === 0) return { problems: [{ field: RESPOND_IDS.attendees, message: t('invitation.colleaguesMissing') }] };
    return { problems: [], response: { accept: true, attendeeUserIds: [...new Set(form.attendeeUserIds)] } };
  }
  if (form.reason.trim() === '') return { problems: [{ field: RESPOND_IDS.reason, message: t('invitation.declineReasonMissing') }] };
  return { problems: [], response: { accept: false, reason: form.reason.trim() } };
}

/** The field an api message about an answer is on. */
export function respondFieldOf(message: string, named: string | undefined): string | undefined {
  if (named === 'attendeeUserIds' || /attend|named|colleague|person|people/i.test(message)) return RESPOND_IDS.attendees;
  if (named === 'reason' || /reason/i.test(message)) return RESPOND_IDS.reason;
  return undefined;
}
