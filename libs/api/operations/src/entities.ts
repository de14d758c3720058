import { ChecklistItemDefinition, OperationChecklistAnswer } from './checklist.entities.js';
import { OperationOfficer } from './operation-officer.entity.js';
import { OperationTransition } from './operation-transition.entity.js';
import { Operation } from './operation.entity.js';

export const OPERATION_ENTITIES = [Operation, ChecklistItemDefinition, OperationChecklistAnswer, OperationTransition, OperationOfficer];
