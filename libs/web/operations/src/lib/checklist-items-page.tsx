import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NAME, type Problem } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { apiProblems } from '@liaise/web-graphql';
import { Button, NotificationBanner, Table, Textarea, TextInput, useDocumentTitle, useFormProblems } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from './i18n.js';
import { useAddChecklistItem, useChecklistItemDefinitions, useRetireChecklistItem } from './use-operations.js';

type Field = 'title' | 'hint';
const FIELD_IDS: Readonly<Record<Field, string>> = { title: 'itemTitle', hint: 'itemHint' };

/** A force administrator's page: the checklist new operations answer, adding the force's own items and retiring them. */
export function ChecklistItemsPage() {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const viewer = useSignedInViewer();
  const { definitions, loading, error } = useChecklistItemDefinitions();
  const [add, adding] = useAddChecklistItem();
  const [retire, retiring] = useRetireChecklistItem();
  const [title, setTitle] = useState('');
  const [hint, setHint] = useState('');
  const problems = useFormProblems<Field>(`${OPERATIONS_NAMESPACE}:checklistItems`, FIELD_IDS);
  const [done, setDone] = useState<{ key: number; text: string } | undefined>(undefined);
  const pageTitle = t('checklistItems.title');
  useDocumentTitle(problems.title(pageTitle), SERVICE_NAME);
  const fail = (found: Parameters<typeof problems.fail>[0]) => {
    setDone(undefined);
    problems.fail(found);
  };
  const succeed = (text: string) => {
    problems.clear();
    setDone((previous) => ({ key: (previous?.key ?? 0) + 1, text }));
  };
  const mayManage = viewer.permissions.includes('operation:checklist-items');

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding.loading) return;
    const found: Problem<Field>[] = [];
    if (title.trim() === '') found.push({ field: 'title', code: 'REQUIRED' });
    if (hint.trim() === '') found.push({ field: 'hint', code: 'REQUIRED' });
    if (found.length > 0) {
      fail(found);
      return;
    }
    try {
      await add({ variables: { title: title.trim(), hint: hint.trim() } });
    } catch (caught: unknown) {
      fail(apiProblems(caught));
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
      fail(apiProblems(caught));
      return;
    }
    succeed(t('checklistItems.retired', { title: itemTitle }));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problems.summary()}
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
              error={problems.errorFor('title')}
              errorPrefix={problems.errorPrefix}
            />
            <Textarea
              id="itemHint"
              name="hint"
              label={t('checklistItems.itemHint')}
              hint={t('checklistItems.itemHintHint')}
              rows={3}
              value={hint}
              onChange={(event) => setHint(event.target.value)}
              error={problems.errorFor('hint')}
              errorPrefix={problems.errorPrefix}
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
