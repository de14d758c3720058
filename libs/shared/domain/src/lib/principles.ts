/**
 * The points of the National Crime Agency's note "Points to Consider When Undertaking Operational Activity
 * at Sex Working Premises – Sex Worker Perspective" (September 2018), each with what Liaise does about it.
 * The start page shows them; later features (the readiness checklist) refer to them by key.
 */
export interface Principle {
  readonly key: PrincipleKey;
  readonly title: string;
  readonly fromTheNote: string;
  readonly inLiaise: string;
}

export const PRINCIPLE_KEYS = [
  'media',
  'safeguarding',
  'proportionality',
  'female-officers',
  'dignity',
  'languages',
  'msht-training',
  'outreach-liaison',
  'professional-conduct',
  'longer-term-plan',
] as const;
export type PrincipleKey = (typeof PRINCIPLE_KEYS)[number];

export const PRINCIPLES: readonly Principle[] = [
  {
    key: 'media',
    title: 'No filming of vulnerable people',
    fromTheNote: 'Consider inappropriate reporting by film crews, such as filming vulnerable victims removed from premises whilst undressed.',
    inLiaise: 'Every operation records a media decision that partners can see, and feedback asks whether it was kept.',
  },
  {
    key: 'safeguarding',
    title: 'Safeguarding, including dependents and family',
    fromTheNote: 'Appropriately trained officers attend, and nobody is removed without considering dependents or family members.',
    inLiaise: 'Each operation names a safeguarding lead and records the arrangements made for dependents or family.',
  },
  {
    key: 'proportionality',
    title: 'A proportionate response, explained to partners',
    fromTheNote: 'Communicate with partner agencies and projects to reassure them that the activity is proportionate to the intelligence.',
    inLiaise: 'Partners receive a proportionality statement written for them, never the raw intelligence.',
  },
  {
    key: 'female-officers',
    title: 'Female officers in attendance',
    fromTheNote: 'Female officers should attend where possible, considering how male officers watching people dress may be perceived.',
    inLiaise: 'The plan records how many female officers attend; none needs a written reason.',
  },
  {
    key: 'dignity',
    title: 'Dignity',
    fromTheNote: "Allow those present who may be in 'working clothes' to get dressed or change.",
    inLiaise: 'Dignity is an item on every readiness checklist and a question in every partner feedback.',
  },
  {
    key: 'languages',
    title: 'Information in different languages',
    fromTheNote: 'Officers and agency workers should carry information and identification in different languages.',
    inLiaise: 'Operations record the languages expected; partners keep a library of multilingual leaflets and cards.',
  },
  {
    key: 'msht-training',
    title: 'Everyone attending is trained in MSHT',
    fromTheNote: 'Everyone attending from every agency, sex work project workers included, is trained in modern slavery and human trafficking.',
    inLiaise: 'Training records with expiry dates for every user; anyone without current training is flagged before the day.',
  },
  {
    key: 'outreach-liaison',
    title: 'Liaise with outreach projects, and follow up',
    fromTheNote: 'Liaise with local sex work or MSHT outreach projects, consider their attendance, and follow up afterwards to confirm support is in place.',
    inLiaise: 'Invitations with named attendees, and follow-up tasks after every operation until support is confirmed.',
  },
  {
    key: 'professional-conduct',
    title: 'Professional conduct and language',
    fromTheNote: 'Demonstrate professional conduct and language at all times.',
    inLiaise: 'Partners give feedback after every operation; managers see the trends.',
  },
  {
    key: 'longer-term-plan',
    title: 'Part of a longer-term plan',
    fromTheNote: "'Weeks of action' alone do not build trust; intensification should be part of a longer-term plan with local partners.",
    inLiaise: 'Partnership plans with objectives and review dates, and a history that shows engagement as well as enforcement.',
  },
];
