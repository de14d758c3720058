import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@liaise/api-audit';
import { OrganisationsModule } from '@liaise/api-organisations';
import { Partnership } from './partnership.entity.js';
import { PartnershipRepository } from './partnership.repository.js';
import { PartnershipsResolver } from './partnerships.resolver.js';
import { PartnershipService } from './partnerships.service.js';

/** Partnerships between forces and projects; exports PartnershipService for features that need one to be active. */
@Module({
  imports: [TypeOrmModule.forFeature([Partnership]), AuditModule, OrganisationsModule],
  providers: [PartnershipRepository, PartnershipService, PartnershipsResolver],
  exports: [PartnershipService],
})
export class PartnershipsModule {}
