import { useParams } from 'react-router';
import { ChecklistStepPage } from './checklist-step-page.js';
import { DetailsStepPage } from './details-step-page.js';
import { PartnersStepPage } from './partners-step-page.js';
import { isStep } from './paths.js';
import { ReviewStepPage } from './review-step-page.js';

/** `/operations/:id/edit/:step`: the step the address names (an unknown step: the details). */
export function OperationStepPage() {
  const { step } = useParams();
  if (!isStep(step) || step === 'details') return <DetailsStepPage />;
  if (step === 'checklist') return <ChecklistStepPage />;
  if (step === 'partners') return <PartnersStepPage />;
  return <ReviewStepPage />;
}
