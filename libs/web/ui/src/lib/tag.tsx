import type { ReactNode } from 'react';

/** GOV.UK tag colours; grey for "not started" or "none", red for something that needs attention. */
export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

export interface TagProps {
  readonly colour?: TagColour;
  readonly children: ReactNode;
}

/** GOV.UK's tag: a status, never something to click. */
export function Tag({ colour, children }: TagProps) {
  return <strong className={colour === undefined ? 'govuk-tag' : `govuk-tag govuk-tag--${colour}`}>{children}</strong>;
}
