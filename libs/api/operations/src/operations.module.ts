import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@liaise/api-audit';
import { OrganisationsModule } from '@liaise/api-organisations';
import { TrainingModule } from '@liaise/api-training';
import { ChecklistItemsService } from './checklist/checklist-items.service.js';
import { ChecklistService } from './checklist/checklist.service.js';
import { ChecklistAnswerRepository } from './data/checklist-answer.repository.js';
import { ChecklistDefinitionRepository } from './data/checklist-definition.repository.js';
import { NamedOfficerRepository } from './data/named-officer.repository.js';
import { OperationRepository } from './data/operation.repository.js';
import { TransitionRepository } from './data/transition.repository.js';
import { OperationDetailsService } from './details/operation-details.service.js';
import { OPERATION_ENTITIES } from './entities.js';
import { NamedOfficersService } from './officers/named-officers.service.js';
import { OperationAudit } from './operation-audit.js';
import { OperationsResolver } from './operations.resolver.js';
import { OperationsService } from './operations.service.js';
import { OwnedOperations } from './owned-operations.js';
import { OperationViews } from './views/operation-views.service.js';

/** A force's operations, their checklist and lifecycle; exports OperationsService for the invitations library. */
@Module({
  imports: [TypeOrmModule.forFeature([...OPERATION_ENTITIES]), AuditModule, OrganisationsModule, TrainingModule],
  providers: [
    OperationRepository,
    ChecklistAnswerRepository,
    ChecklistDefinitionRepository,
    TransitionRepository,
    NamedOfficerRepository,
    OwnedOperations,
    OperationAudit,
    OperationViews,
    OperationsService,
    OperationDetailsService,
    ChecklistService,
    ChecklistItemsService,
    NamedOfficersService,
    OperationsResolver,
  ],
  exports: [OperationsService],
})
export class OperationsModule {}
