export { TRAINING_NAMESPACE, trainingResources } from './lib/i18n.js';
export {
  ADD_TRAINING_PATH,
  addTrainingPath,
  EDIT_TRAINING_PATH,
  editTrainingPath,
  PEOPLE_TRAINING_PATH,
  PERSON_TRAINING_PATH,
  personTrainingPath,
  REMOVE_TRAINING_PATH,
  removeTrainingPath,
  TRAINING_PATH,
} from './lib/paths.js';
export { PeopleTrainingPage } from './lib/people-training-page.js';
export { PersonTrainingPage } from './lib/person-training-page.js';
export { RemoveTrainingRecordPage } from './lib/remove-training-record-page.js';
export { TrainingPage } from './lib/training-page.js';
export { TrainingRecordFormPage } from './lib/training-record-form-page.js';
export { MY_TRAINING_QUERY, PEOPLE_TRAINING_QUERY, useMyTraining, usePeopleTraining } from './lib/use-training.js';
export type { TrainingMessages } from './locales/en.js';
