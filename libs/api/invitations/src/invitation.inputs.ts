import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsUUID } from 'class-validator';

@InputType()
export class InvitePartnerInput {
  @Field(() => ID, { description: 'A partner organisation in an active partnership with the force.' })
  @IsUUID('all', { message: 'Choose a partner from your active partnerships' })
  partnerOrganisationId!: string;

  @Field(() => Date, { description: 'Unanswered by then, the invitation expires. In the future, and before the planned start.' })
  @IsDate({ message: 'Enter the respond-by time as a date and time' })
  respondBy!: Date;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID, { description: 'A named attendee of the operation.' })
  @IsUUID('all', { message: 'Choose a named attendee' })
  userId!: string;

  @Field(() => Boolean)
  @IsBoolean({ message: 'Say whether they attended' })
  attended!: boolean;
}
