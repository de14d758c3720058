import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganisationKindEnum, OrganisationStatusEnum, type OrganisationStatus } from '@liaise/api-organisations';
import type { AnyOrganisationKind } from '@liaise/shared-domain';
import {
  LEGAL_BASES,
  PARTNERSHIP_ACTIONS,
  PARTNERSHIP_STATUSES,
  type LegalBasis,
  type PartnershipAction,
  type PartnershipSide,
  type PartnershipStatus,
} from './partnership-rules.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [V in T]: V };

export const PartnershipStatusEnum = enumOf(PARTNERSHIP_STATUSES);
registerEnumType(PartnershipStatusEnum, {
  name: 'PartnershipStatus',
  description: 'PROPOSED by a force, then ACTIVE (accepted) or DECLINED by the project; ACTIVE ⇄ SUSPENDED; ENDED by either side.',
});

export const LegalBasisEnum = enumOf(LEGAL_BASES);
registerEnumType(LegalBasisEnum, {
  name: 'LegalBasis',
  description: 'The legal basis of an information-sharing agreement.',
  valuesMap: {
    STATUTORY_CDA_1998_S115: { description: 'Statutory: Crime and Disorder Act 1998 s.115' },
    COMMON_LAW_PUBLIC_INTEREST: { description: 'Common law: public interest' },
    CONSENT: { description: 'Consent' },
  },
});

export const PartnershipSideEnum = enumOf<PartnershipSide>(['FORCE', 'PROJECT']);
registerEnumType(PartnershipSideEnum, { name: 'PartnershipSide', description: 'The police force, or the project.' });

export const PartnershipActionEnum = Object.fromEntries(PARTNERSHIP_ACTIONS.map((action) => [action.toUpperCase(), action])) as {
  [A in PartnershipAction as Uppercase<A>]: A;
};
registerEnumType(PartnershipActionEnum, {
  name: 'PartnershipAction',
  description: 'What the acting organisation may do next with a partnership.',
});

@ObjectType({ description: 'An organisation on one side of a partnership: who it is and how to reach it.' })
export class PartnerOrganisation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: AnyOrganisationKind;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationStatusEnum)
  status!: OrganisationStatus;

  @Field(() => [String])
  areasServed!: string[];

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;
}

@ObjectType('Partnership', { description: 'A standing relationship between a police force and a project, and its information-sharing agreement.' })
export class PartnershipType {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnershipStatusEnum)
  status!: PartnershipStatus;

  @Field(() => PartnerOrganisation)
  force!: PartnerOrganisation;

  @Field(() => PartnerOrganisation)
  project!: PartnerOrganisation;

  @Field(() => PartnershipSideEnum, { description: "The acting organisation's side." })
  mySide!: PartnershipSide;

  @Field(() => [PartnershipActionEnum], { description: 'What the acting organisation may do next (for its administrator).' })
  availableActions!: PartnershipAction[];

  @Field(() => LegalBasisEnum)
  legalBasis!: LegalBasis;

  @Field(() => String)
  agreementReference!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  signedOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  reviewOn!: string;

  @Field(() => Date)
  proposedAt!: Date;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last declined, suspended or ended.' })
  statusReason!: string | null;

  @Field(() => Date)
  statusChangedAt!: Date;

  @Field(() => PartnershipSideEnum, { description: 'Which side last changed the status (only the side that suspended may resume).' })
  statusChangedBy!: PartnershipSide;

  @Field(() => Int)
  version!: number;
}
