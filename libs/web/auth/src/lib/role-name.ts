import type { TFunction } from 'i18next';
import type { Role } from '@liaise/web-graphql';

/** A role in plain words: "Liaison officer"; `inSentence`: "liaison officer". */
export function roleName(t: TFunction<'auth'>, role: Role, form: 'name' | 'inSentence' = 'name'): string {
  return t(`roles.${role}.${form}`);
}
