import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, ServiceLink } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { JustificationSection } from './justification-section.js';
import { OfficersSection } from './officers-section.js';
import { OperationSection } from './operation-section.js';
import { PeopleSection } from './people-section.js';
import { PlaceSection } from './place-section.js';
import type { DetailsSectionProps } from './section-props.js';

export interface DetailsStepFormProps extends DetailsSectionProps {
  readonly onSubmit: () => void;
  /** Opened from the review step: saving goes back there. */
  readonly fromReview: boolean;
  readonly cancelHref: string;
}

/** The details step's questions, in the order an officer plans them, and its buttons. */
export function DetailsStepForm({ onSubmit, fromReview, cancelHref, ...section }: DetailsStepFormProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit}>
      <OperationSection {...section} />
      <PlaceSection {...section} />
      <PeopleSection {...section} />
      <OfficersSection {...section} />
      <JustificationSection {...section} />
      <ButtonGroup>
        <Button>{fromReview ? t('details.saveReturn') : t('details.save')}</Button>
        <ServiceLink className="govuk-link" href={cancelHref}>
          {t('cancel')}
        </ServiceLink>
      </ButtonGroup>
    </form>
  );
}
