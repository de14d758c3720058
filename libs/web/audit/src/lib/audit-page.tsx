import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, isAuditAction, SERVICE_NAME } from '@liaise/shared-domain';
import { useSignedInViewer } from '@liaise/web-auth';
import { Button, Table, useDocumentTitle } from '@liaise/web-ui';
import { detailLines, operationText, ukDateTime, type DetailLine } from './detail-text.js';
import { AUDIT_ENTRIES_QUERY } from './documents.js';

export const AUDIT_NAMESPACE = 'audit';
export const AUDIT_PATH = '/audit';
const PAGE_SIZE = 25;

/**
 * The organisation's audit trail for administrators and managers: newest first, filtered by event, and
 * paged backwards with the api's cursor. Partners who acted on this organisation's records stay anonymous.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation(AUDIT_NAMESPACE);
  const viewer = useSignedInViewer();
  const allowed = viewer.permissions.includes('audit:read');
  const [action, setAction] = useState('');
  const [chosen, setChosen] = useState('');
  const [beforeSeq, setBeforeSeq] = useState<number | undefined>();
  const { data, loading, error } = useQuery(AUDIT_ENTRIES_QUERY, {
    skip: !allowed,
    variables: { filter: { first: PAGE_SIZE, ...(chosen ? { action: chosen } : {}), ...(beforeSeq ? { beforeSeq } : {}) } },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(allowed ? t('title') : t('notFound'), SERVICE_NAME);
  // An entry written before its action was named here shows its code rather than nothing.
  const actionLabel = (value: string) => (isAuditAction(value) ? t(`actions.${value}`) : value);

  if (!allowed) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('notFound')}</h1>
        <p className="govuk-body">{t('notFoundBody')}</p>
      </>
    );
  }
  if (error !== undefined && data === undefined) throw error;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setBeforeSeq(undefined);
    setChosen(action);
  };
  const language = i18n.resolvedLanguage === 'cy' ? 'cy-GB' : 'en-GB';
  const entries = data?.auditEntries.entries ?? [];
  // What an operation's entry is about comes first: most of them hold no other pointer to it.
  const linesOf = (entry: (typeof entries)[number]): DetailLine[] => {
    const subject = entry.subjectType === 'operation' ? entry.operations.find((operation) => operation.id === entry.subjectId?.toLowerCase()) : undefined;
    const about =
      entry.subjectType !== 'operation' ? [] : [{ label: t('about'), value: subject === undefined ? t('values.unseenOperation') : operationText(subject, t) }];
    return [...about, ...detailLines(entry.detail as Record<string, unknown>, entry, t, language)];
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">{t('heading')}</h1>
        <p className="govuk-body-l">{t('lead')}</p>
        <form onSubmit={apply} noValidate>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="audit-action">
              {t('actionLabel')}
            </label>
            <select className="govuk-select" id="audit-action" name="action" value={action} onChange={(e) => setAction(e.target.value)}>
              <option value="">{t('allActions')}</option>
              {AUDIT_ACTIONS.map((value) => (
                <option key={value} value={value}>
                  {actionLabel(value)}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            {t('apply')}
          </Button>
        </form>
        {data === undefined && loading ? (
          <p className="govuk-body" role="status">
            {t('loading')}
          </p>
        ) : entries.length === 0 ? (
          <p className="govuk-body" data-testid="audit-empty">
            {t('empty')}
          </p>
        ) : (
          <Table
            caption={t('caption')}
            captionSize="visually-hidden"
            testId="audit-entries"
            head={[t('when'), t('who'), t('what'), t('details')]}
            rows={entries.map((entry) => ({
              key: entry.id,
              cells: [
                ukDateTime(String(entry.occurredAt), t, language),
                entry.actorFromAnotherOrganisation
                  ? entry.actorOrganisationName
                    ? t('partnerNamed', { organisation: entry.actorOrganisationName })
                    : t('partner')
                  : (entry.actorName ?? t('system')),
                actionLabel(entry.action),
                <DetailList key="detail" lines={linesOf(entry)} />,
              ],
            }))}
          />
        )}
        <div className="govuk-button-group">
          {beforeSeq !== undefined && (
            <Button type="button" variant="secondary" onClick={() => setBeforeSeq(undefined)}>
              {t('newest')}
            </Button>
          )}
          {typeof data?.auditEntries.nextBeforeSeq === 'number' && (
            <Button type="button" variant="secondary" onClick={() => setBeforeSeq(data.auditEntries.nextBeforeSeq ?? undefined)}>
              {t('older')}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}

/** An entry's facts, one a line. */
function DetailList({ lines }: { readonly lines: readonly DetailLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {lines.map((line, index) => (
        <li key={index}>
          <span className="govuk-!-font-weight-bold">{line.label}:</span> {line.value}
        </li>
      ))}
    </ul>
  );
}
