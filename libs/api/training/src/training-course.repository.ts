import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { TrainingCourse } from './training-course.entity.js';

/** The `training_course` table: the shared courses and, under row-level security, the organisation's own. */
@Injectable()
export class TrainingCourseRepository {
  /** Every course the acting organisation may record training against, in the order they are listed. */
  visible(manager: EntityManager): Promise<TrainingCourse[]> {
    return manager.find(TrainingCourse, { order: { position: 'ASC', name: 'ASC', id: 'ASC' } });
  }

  byId(manager: EntityManager, id: string): Promise<TrainingCourse | null> {
    return manager.findOneBy(TrainingCourse, { id });
  }

  byIds(manager: EntityManager, ids: readonly string[]): Promise<TrainingCourse[]> {
    return manager.findBy(TrainingCourse, { id: In([...ids]) });
  }
}
