/** The pages of this library. */
export const TRAINING_PATH = '/training';
export const ADD_TRAINING_PATH = '/training/add';
export const EDIT_TRAINING_PATH = '/training/:id/edit';
export const REMOVE_TRAINING_PATH = '/training/:id/remove';
export const PEOPLE_TRAINING_PATH = '/people/training';
export const PERSON_TRAINING_PATH = '/people/training/:userId';

/** The add page's query parameter: whose training (administrators); the signed-in person's when absent. */
export const FOR_PARAM = 'for';

export const addTrainingPath = (userId?: string) =>
  userId === undefined ? ADD_TRAINING_PATH : `${ADD_TRAINING_PATH}?${new URLSearchParams({ [FOR_PARAM]: userId }).toString()}`;
export const editTrainingPath = (id: string) => `/training/${encodeURIComponent(id)}/edit`;
export const removeTrainingPath = (id: string) => `/training/${encodeURIComponent(id)}/remove`;
export const personTrainingPath = (userId: string) => `/people/training/${encodeURIComponent(userId)}`;
