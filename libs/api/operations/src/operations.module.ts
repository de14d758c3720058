import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OPERATION_ENTITIES } from './entities.js';

@Module({
  imports: [TypeOrmModule.forFeature([...OPERATION_ENTITIES])],
})
export class OperationsModule {}
