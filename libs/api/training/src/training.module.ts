import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@liaise/api-audit';
import { TrainingCourse } from './training-course.entity.js';
import { TrainingCourseRepository } from './training-course.repository.js';
import { TrainingRecord } from './training-record.entity.js';
import { TrainingRecordRepository } from './training-record.repository.js';
import { TrainingResolver } from './training.resolver.js';
import { TrainingService } from './training.service.js';

/** Training courses and records; exports TrainingService for operations (attendees' MSHT training). */
@Module({
  imports: [TypeOrmModule.forFeature([TrainingCourse, TrainingRecord]), AuditModule],
  providers: [TrainingCourseRepository, TrainingRecordRepository, TrainingService, TrainingResolver],
  exports: [TrainingService],
})
export class TrainingModule {}
