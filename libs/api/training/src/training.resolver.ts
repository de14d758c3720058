import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import { actingAuth } from '@liaise/api-organisations';
import { AddTrainingRecordInput, UpdateTrainingRecordInput } from './training.inputs.js';
import { PersonTraining, TrainingCourseType, TrainingRecordType } from './training.types.js';
import { TrainingService } from './training.service.js';

@Resolver(() => TrainingRecordType)
export class TrainingResolver {
  constructor(
    private readonly service: TrainingService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('training:read-own')
  @Query(() => [TrainingRecordType], { description: "The signed-in person's training records, latest first." })
  myTraining(@Context() context: GraphqlContext): Promise<TrainingRecordType[]> {
    return this.service.mine(this.tx.manager, actingAuth(context));
  }

  @Allow('training:read-own')
  @Query(() => TrainingRecordType, { description: "One training record: the signed-in person's, or (administrators) one of their organisation's people's." })
  trainingRecord(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<TrainingRecordType> {
    return this.service.one(this.tx.manager, actingAuth(context), id);
  }

  @Allow('training:read-own')
  @Query(() => [TrainingCourseType], { description: 'The courses training can be recorded against: the shared ones and the organisation’s own.' })
  trainingCourses(): Promise<TrainingCourseType[]> {
    return this.service.courses(this.tx.manager);
  }

  @Allow('training:read-people')
  @Query(() => [PersonTraining], { description: "Everyone active in the organisation and their training on every course (administrators and managers)." })
  peopleTraining(@Context() context: GraphqlContext): Promise<PersonTraining[]> {
    return this.service.people(this.tx.manager, actingAuth(context).organisationId);
  }

  @Allow('training:manage-own')
  @Mutation(() => TrainingRecordType, {
    description: "Adds a training record for the signed-in person, or (administrators) for someone of the organisation.",
  })
  addTrainingRecord(@Args('input') input: AddTrainingRecordInput, @Context() context: GraphqlContext): Promise<TrainingRecordType> {
    return this.service.add(this.tx.manager, actingAuth(context), input);
  }

  @Allow('training:manage-own')
  @Mutation(() => TrainingRecordType, { description: 'Changes a training record; refused with code STALE when it changed since `version`.' })
  updateTrainingRecord(@Args('input') input: UpdateTrainingRecordInput, @Context() context: GraphqlContext): Promise<TrainingRecordType> {
    return this.service.update(this.tx.manager, actingAuth(context), input);
  }

  @Allow('training:manage-own')
  @Mutation(() => Boolean, { description: 'Removes a training record.' })
  removeTrainingRecord(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<boolean> {
    return this.service.remove(this.tx.manager, actingAuth(context), id);
  }
}
