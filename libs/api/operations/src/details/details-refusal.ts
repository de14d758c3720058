import { refusalOf } from '@liaise/api-core';
import { checkOperationDetails, type CheckedDetails, type DetailsContext, type OperationDetails } from '@liaise/shared-domain';
import { detailsMessage } from './details-messages.js';

/** The details to store, or a refusal carrying every problem with them (its message is the first's). */
export function checkedDetailsOrRefuse(input: OperationDetails, context: DetailsContext): CheckedDetails {
  const { details, problems } = checkOperationDetails(input, context);
  if (details !== undefined) return details;
  const [first, ...rest] = problems.map((problem) => ({ ...problem, message: detailsMessage(problem) }));
  // checkOperationDetails gives details or at least one problem.
  if (first === undefined) throw new Error('Details refused with no problem');
  throw refusalOf([first, ...rest]);
}
