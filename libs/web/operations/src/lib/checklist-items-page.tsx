import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { Button, ErrorSummary, NotificationBanner, Table, Textarea, TextInput, useDocumentTitle } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { NO_ATTEMPT, problemsOf, type Attempt, type Problem } from './problems.js';
import { useAddChecklistItem, useChecklistItemDefinitions, useRetireChecklistItem } from './use-operations.js';

/** A force administrator's page: the checklist new operations answer, adding the force's own items and retiring them. */
export function ChecklistItemsPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const viewer = useSignedInViewer();
  const { definitions, loading, error } = useChecklistItemDefinitions();
  const [add, adding] = useAddChecklistItem();
  const [retire, retiring] = useRetireChecklistItem();
  const [title, setTitle] = useState('');
  const [hint, setHint] = useState('');
  const [attempt, setAttempt] = useState<Attempt>(NO_ATTEMPT);
  const [done, setDone] = useState<{ key: number; text: string } | undefined>(undefined);
  const pageTitle = t('checklistItems.title');
  useDocumentTitle(attempt.problems.length > 0 ? `${t('errorPrefix')}: ${pageTitle}` : pageTitle, SERVICE_NAME);
  const fail = (problems: readonly Problem[]) => {
    setDone(undefined);
    setAttempt((previous) => ({ failed: previous.failed + 1, problems }));
  };
  const succeed = (text: string) => {
    setAttempt((previous) => ({ failed: previous.failed, problems: [] }));
    setDone((previous) => ({ key: (previous?.key ?? 0) + 1, text }));
  };
  const errorFor = (field: string) => attempt.problems.find((problem) => problem.field === field)?.message;
  const mayManage = viewer.permissions.includes('operation:checklist-items');

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding.loading) return;
    const problems: Problem[] = [];
    if (title.trim() === '') problems.push({ field: 'itemTitle', message: t('checklistItems.titleMissing') });
    if (hint.trim() === '') problems.push({ field: 'itemHint', message: t('checklistItems.hintMissing') });
    if (problems.length > 0) {
      fail(problems);
      return;
    }
    try {
      await add({ variables: { title: title.trim(), hint: hint.trim() } });
    } catch (caught: unknown) {
      fail(problemsOf(caught, (message, named) => (named === 'hint' || /hint|asks/i.test(message) ? 'itemHint' : named === 'title' || /title/i.test(message) ? 'itemTitle' : undefined)) ?? [{ message: t('serviceProblem') }]);
      return;
    }
    succeed(t('checklistItems.added', { title: title.trim() }));
    setTitle('');
    setHint('');
  };

  const onRetire = async (key: string, itemTitle: string) => {
    if (retiring.loading) return;
    try {
      await retire({ variables: { key } });
    } catch (caught: unknown) {
      fail(problemsOf(caught) ?? [{ message: t('serviceProblem') }]);
      return;
    }
    succeed(t('checklistItems.retired', { title: itemTitle }));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {attempt.problems.length > 0 && (
          <ErrorSummary
            key={attempt.failed}
            title={t('errorSummaryTitle')}
            errors={attempt.problems.map((problem) => ({ text: problem.message, href: problem.field === undefined ? undefined : `#${problem.field}` }))}
          />
        )}
        {done !== undefined && <NotificationBanner key={done.key} type="success" title={t('successTitle')} heading={done.text} />}
        <h1 className="govuk-heading-l">{pageTitle}</h1>
        <p className="govuk-body">{t('checklistItems.intro')}</p>
        {definitions === undefined ? (
          <p className="govuk-body" role="status">
            {loading || error === undefined ? t('loading') : t('serviceProblem')}
          </p>
        ) : (
          <Table
            caption={t('checklistItems.caption')}
            testId="checklist-items"
            head={[t('checklistItems.item'), t('checklistItems.kind'), ...(mayManage ? [<span key="action" className="govuk-visually-hidden">{t('checklistItems.action')}</span>] : [])]}
            rows={definitions.map((definition) => ({
              key: definition.key,
              cells: [
                <>
                  {definition.title}
                  <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-weight-regular govuk-!-display-block">{definition.hint}</span>
                </>,
                definition.builtIn ? t('checklistItems.builtIn') : t('checklistItems.own'),
                ...(mayManage
                  ? [
                      definition.builtIn ? (
                        ''
                      ) : (
                        <Button key="retire" type="button" variant="secondary" className="govuk-!-margin-bottom-0" onClick={() => void onRetire(definition.key, definition.title)}>
                          {t('checklistItems.retire')}
                          <span className="govuk-visually-hidden"> {t('checklistItems.retireWhat', { title: definition.title })}</span>
                        </Button>
                      ),
                    ]
                  : []),
              ],
            }))}
          />
        )}
        {mayManage ? (
          <form noValidate onSubmit={(event) => void onAdd(event)}>
            <h2 className="govuk-heading-m">{t('checklistItems.addHeading')}</h2>
            <TextInput
              id="itemTitle"
              name="title"
              label={t('checklistItems.itemTitle')}
              hint={t('checklistItems.itemTitleHint')}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              error={errorFor('itemTitle')}
              errorPrefix={t('errorPrefix')}
            />
            <Textarea
              id="itemHint"
              name="hint"
              label={t('checklistItems.itemHint')}
              hint={t('checklistItems.itemHintHint')}
              rows={3}
              value={hint}
              onChange={(event) => setHint(event.target.value)}
              error={errorFor('itemHint')}
              errorPrefix={t('errorPrefix')}
            />
            <Button>{t('checklistItems.add')}</Button>
          </form>
        ) : (
          <p className="govuk-body">{t('checklistItems.notAllowed')}</p>
        )}
      </div>
    </div>
  );
}
