import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { OPERATION_STATES, SERVICE_NAME, type OperationState, type Problem } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { Button, ButtonGroup, Checkboxes, DateInput, datePartsOf, Pagination, ServiceLink, Table, useDocumentTitle, useFormProblems, type FormProblems } from '@liaise/web-ui';
import { COMMON_NAMESPACE, currentCursor, filterSearch, formatUkDateTime, nextPageSearch, operationsFilterOf, type OperationsFilterValue, OperationStateTag, previousPageSearch } from '@liaise/web-common';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { CHECKLIST_ITEMS_PATH, NEW_OPERATION_PATH, OPERATIONS_PATH, operationPath } from './paths.js';
import { useOperations } from './use-operations.js';

type FilterField = 'from' | 'to';
const FILTER_FIELD_IDS: Readonly<Record<FilterField, string>> = { from: 'from-day', to: 'to-day' };

export const OPERATIONS_PAGE_SIZE = 20;

/** The force's operations, upcoming first (see the api's order): filtered by state and planned day, a page at a time. */
export function OperationsPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const viewer = useSignedInViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filter = operationsFilterOf(searchParams, OPERATION_STATES);
  const after = currentCursor(searchParams);
  const { page, loading, error } = useOperations({
    filter: { states: filter.states.length === 0 ? null : (filter.states as OperationState[]), from: filter.from ?? null, to: filter.to ?? null },
    first: OPERATIONS_PAGE_SIZE,
    after: after ?? null,
  });
  const problems = useFormProblems<FilterField>(`${OPERATIONS_NAMESPACE}:list`, FILTER_FIELD_IDS);
  const title = t('list.title');
  useDocumentTitle(problems.title(title), SERVICE_NAME);
  const mayCreate = viewer.permissions.includes('operation:manage');
  const filtered = filter.states.length > 0 || filter.from !== undefined || filter.to !== undefined;

  const onFilter = (search: string | undefined, found: Problem<FilterField>[]) => {
    if (search === undefined) {
      problems.fail(found);
      return;
    }
    problems.clear();
    void navigate(`${OPERATIONS_PATH}${search === '?' ? '' : search}`);
  };
  const filterKey = `${filter.states.join(',')}|${filter.from ?? ''}|${filter.to ?? ''}`;

  const previous = previousPageSearch(searchParams);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {problems.summary()}
        <h1 className="govuk-heading-xl">{title}</h1>
        <p className="govuk-body">{t('list.intro')}</p>
        {mayCreate && (
          <p className="govuk-body">
            <ServiceLink className="govuk-button" href={NEW_OPERATION_PATH} role="button" data-module="govuk-button">
              {t('list.create')}
            </ServiceLink>
          </p>
        )}
        {viewer.permissions.includes('operation:checklist-items') && (
          <p className="govuk-body">
            <ServiceLink className="govuk-link" href={CHECKLIST_ITEMS_PATH}>
              {t('list.checklistItems')}
            </ServiceLink>
          </p>
        )}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <h2 className="govuk-heading-m">{t('list.filterHeading')}</h2>
            <FilterForm key={filterKey} filter={filter} filtered={filtered} problems={problems} onFilter={onFilter} />
          </div>
          <div className="govuk-grid-column-two-thirds">
            {page === undefined ? (
              <p className="govuk-body" role="status">
                {loading || error === undefined ? t('loading') : t('serviceProblem')}
              </p>
            ) : page.items.length === 0 && after === undefined ? (
              <div data-testid="operations-empty">
                <p className="govuk-body">{filtered ? t('list.emptyFiltered') : t('list.empty')}</p>
                {!filtered && mayCreate && <p className="govuk-body">{t('list.emptyHint')}</p>}
              </div>
            ) : (
              <>
                <p className="govuk-body" role="status">
                  {t('list.count', { count: page.totalCount })}
                </p>
                <Table
                  caption={t('list.caption')}
                  captionSize="visually-hidden"
                  testId="operations"
                  head={[t('list.reference'), t('list.type'), t('list.when'), t('list.area'), t('list.state')]}
                  rows={page.items.map((operation) => ({
                    key: operation.id,
                    cells: [
                      <ServiceLink key="reference" className="govuk-link" href={operationPath(operation.id)}>
                        {operation.reference}
                      </ServiceLink>,
                      t(`types.${operation.type}`),
                      formatUkDateTime(operation.plannedStart),
                      operation.generalArea,
                      <OperationStateTag key="state" state={operation.state as OperationState} />,
                    ],
                  }))}
                />
                <Pagination
                  label={t('list.pages')}
                  previousHref={previous === undefined ? undefined : `${location.pathname}${previous === '?' ? '' : previous}`}
                  nextHref={page.nextCursor === null || page.nextCursor === undefined ? undefined : `${location.pathname}${nextPageSearch(searchParams, page.nextCursor)}`}
                  previousText={t('list.previous')}
                  nextText={t('list.next')}
                />
              </>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

interface FilterFormProps {
  readonly filter: OperationsFilterValue;
  readonly filtered: boolean;
  readonly problems: FormProblems<FilterField>;
  readonly onFilter: (search: string | undefined, problems: Problem<FilterField>[]) => void;
}

/** The filter: states and planned days, as the address says (a new address starts it afresh). */
function FilterForm({ filter, filtered, problems, onFilter }: FilterFormProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { t: common } = useTranslation(COMMON_NAMESPACE);
  const [states, setStates] = useState<string[]>(filter.states);
  const [from, setFrom] = useState(datePartsOf(filter.from));
  const [to, setTo] = useState(datePartsOf(filter.to));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = filterSearch(states, from, to);
    onFilter(result.search, result.problems);
  };
  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('list.filterHeading')}>
      <Checkboxes
        id="states"
        name="state"
        legend={t('list.states')}
        small
        values={states}
        onChange={setStates}
        choices={OPERATION_STATES.map((state) => ({ value: state, text: common(`operationStates.${state}`) }))}
      />
      <DateInput id="from" legend={t('list.from')} hint={t('list.fromHint')} value={from} onChange={setFrom} error={problems.errorFor('from')} errorPrefix={problems.errorPrefix} />
      <DateInput id="to" legend={t('list.to')} hint={t('list.toHint')} value={to} onChange={setTo} error={problems.errorFor('to')} errorPrefix={problems.errorPrefix} />
      <ButtonGroup>
        <Button variant="secondary">{t('list.apply')}</Button>
        {filtered && (
          <ServiceLink className="govuk-link" href={OPERATIONS_PATH}>
            {t('list.clear')}
          </ServiceLink>
        )}
      </ButtonGroup>
    </form>
  );
}
