import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@liaise/api-audit';
import { Organisation } from './organisation.entity.js';
import { OrganisationRepository } from './organisation.repository.js';
import { OrganisationsResolver, PlatformOrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation]), AuditModule],
  providers: [OrganisationRepository, OrganisationsService, OrganisationsResolver, PlatformOrganisationsResolver],
  exports: [TypeOrmModule, OrganisationRepository, OrganisationsService],
})
export class OrganisationsModule {}
