import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@liaise/api-audit';
import { OrganisationsModule } from '@liaise/api-organisations';
import { TrainingModule } from '@liaise/api-training';
import { OPERATION_ENTITIES } from './entities.js';
import { OperationsResolver } from './operations.resolver.js';
import { NamedOfficersService } from './named-officers.service.js';
import { OperationsService } from './operations.service.js';

/** A force's operations, their checklist and lifecycle; exports OperationsService for the invitations library. */
@Module({
  imports: [TypeOrmModule.forFeature([...OPERATION_ENTITIES]), AuditModule, OrganisationsModule, TrainingModule],
  providers: [OperationsService, NamedOfficersService, OperationsResolver],
  exports: [OperationsService],
})
export class OperationsModule {}
