import { isUuid, type Problem } from '@liaise/shared-domain';
import { type DateTimeParts, dateTimePartsOf, instantOf, toDate } from '@liaise/web-common';

/** A partner chosen to be invited, and when it must answer by (an instant, ISO). */
export interface ChosenPartner {
  readonly partnerOrganisationId: string;
  readonly respondBy: string;
}

/** The search parameter that carries the chosen partners from step 3 to the review, one per partner. */
export const PARTNER_PARAM = 'partner';

const SEPARATOR = '~';


/** Only an instant written as `withChosenPartners` writes it (`Date#toISOString`), and a real one. */
function isInstant(text: string): boolean {
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString() === text;
}

/**
 * The chosen partners, read from the page's address (`?partner=<organisation id>~<respond by>`), strictly:
 * anything else there (a stray or repeated partner, a made-up time) is ignored rather than shown or sent.
 */
export function chosenPartnersOf(params: URLSearchParams): ChosenPartner[] {
  const chosen: ChosenPartner[] = [];
  for (const value of params.getAll(PARTNER_PARAM)) {
    const parts = value.split(SEPARATOR);
    const [partnerOrganisationId = '', respondBy = ''] = parts;
    if (parts.length !== 2 || !isUuid(partnerOrganisationId) || !isInstant(respondBy)) continue;
    if (chosen.some((partner) => partner.partnerOrganisationId === partnerOrganisationId)) continue;
    chosen.push({ partnerOrganisationId, respondBy });
  }
  return chosen;
}

/** The address's search parameters with `chosen` as the partners (other parameters kept). */
export function withChosenPartners(params: URLSearchParams, chosen: readonly ChosenPartner[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(PARTNER_PARAM);
  for (const partner of chosen) next.append(PARTNER_PARAM, `${partner.partnerOrganisationId}${SEPARATOR}${partner.respondBy}`);
  return next;
}

const HOUR = 3_600_000;

/**
 * When a partner must answer by, unless the officer says otherwise: 48 hours from now, on the hour, but an
 * hour before the start at the latest (and never before the next whole hour from now).
 */
export function defaultRespondBy(now: Date, plannedStart: unknown): Date {
  const floorToHour = (ms: number) => Math.floor(ms / HOUR) * HOUR;
  const start = toDate(plannedStart).getTime();
  const wanted = floorToHour(now.getTime() + 48 * HOUR);
  const latest = floorToHour(start - HOUR);
  const earliest = floorToHour(now.getTime()) + HOUR;
  return new Date(Math.max(Math.min(wanted, latest), Math.min(earliest, start - 15 * 60_000)));
}

/** One partner's row in step 3, as typed. */
export interface PartnerChoice {
  readonly chosen: boolean;
  readonly respondBy: DateTimeParts;
}

export type PartnersForm = Readonly<Record<string, PartnerChoice>>;

/** The form for the partners the officer may invite, with what the address already says. */
export function partnersFormOf(partnerIds: readonly string[], chosen: readonly ChosenPartner[], now: Date, plannedStart: unknown): PartnersForm {
  return Object.fromEntries(
    partnerIds.map((id) => {
      const already = chosen.find((partner) => partner.partnerOrganisationId === id);
      return [id, { chosen: already !== undefined, respondBy: dateTimePartsOf(already?.respondBy ?? defaultRespondBy(now, plannedStart)) }];
    }),
  );
}

export const PARTNERS_ID = 'partners';
export const respondById = (partnerId: string) => `respondBy-${partnerId}`;

/** At least one partner chosen; each respond-by a real time, after now and before the start. */
export function checkPartners(
  form: PartnersForm,
  partnerNames: Readonly<Record<string, string>>,
  plannedStart: unknown,
  now: Date = new Date(),
): { problems: Problem[]; chosen: ChosenPartner[] } {
  const problems: Problem[] = [];
  const chosen: ChosenPartner[] = [];
  const ids = Object.keys(form).filter((id) => form[id]?.chosen === true);
  if (ids.length === 0) problems.push({ field: PARTNERS_ID, code: 'REQUIRED' });
  for (const id of ids) {
    const name = partnerNames[id] ?? '';
    const respondBy = instantOf(form[id]?.respondBy ?? { date: { day: '', month: '', year: '' }, time: '' });
    const field = `${respondById(id)}-day`;
    if (typeof respondBy !== 'object') {
      problems.push({ field: respondBy === 'missing-time' || respondBy === 'invalid-time' ? `${respondById(id)}-time` : field, code: 'INVALID_DATE', params: { name } });
    } else if (respondBy.instant.getTime() <= now.getTime()) {
      problems.push({ field, code: 'IN_THE_PAST', params: { name } });
    } else if (respondBy.instant.getTime() >= toDate(plannedStart).getTime()) {
      problems.push({ field, code: 'TOO_LATE', params: { name } });
    } else {
      chosen.push({ partnerOrganisationId: id, respondBy: respondBy.instant.toISOString() });
    }
  }
  return { problems, chosen };
}
