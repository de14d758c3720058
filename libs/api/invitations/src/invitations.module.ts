import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { INVITATION_ENTITIES } from './entities.js';

@Module({
  imports: [TypeOrmModule.forFeature([...INVITATION_ENTITIES])],
})
export class InvitationsModule {}
