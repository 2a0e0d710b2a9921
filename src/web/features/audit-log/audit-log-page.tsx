import { useState } from 'react';
import { auditActionNames, auditEntityTypes } from '../../../domain/audit';
import { stages } from '../../../domain/pipeline';
import type { ApiQueryParams } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ChoiceField, TextField, useFieldErrors } from '../../components/form-fields';
import { fieldBinder } from '../../components/draft';
import { LoadError } from '../../components/load-error';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n';
import '../user-admin/user-admin.css';

const pageSize = 50;
/** Filters as the form holds them: text, empty for none. */
type Filters = Record<'actorId' | 'action' | 'entityType' | 'entityId' | 'from' | 'to', string>;
const noFilters: Filters = {
  actorId: '',
  action: '',
  entityType: '',
  entityId: '',
  from: '',
  to: '',
};

/** Admins read who did what and when, filtered by actor, action, record and dates. */
export function AuditLogPage() {
  const { t, tk, dateTime, number } = useI18n();
  const describe = useDetailText();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  // The action and record-type choices come from the domain's lists.
  const search = {
    page,
    pageSize,
    ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)),
  } as ApiQueryParams<'/api/admin/audit-log'>;
  const { data, error, refetch } = useApiQuery('/api/admin/audit-log', { query: search });
  const users = useApiQuery('/api/admin/users', {}).data?.items ?? [];
  const fieldError = useFieldErrors(error);
  const set = (key: keyof Filters, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(1);
  };
  const bind = fieldBinder(filters, set, fieldError);
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;
  // Past the counting cap the last page is unknown: pages go on while they come back full.
  const more = data ? (data.totalCapped ? data.items.length === pageSize : page < pages) : false;
  const pageLabel = data?.totalCapped
    ? t('audit.pageOpen', { page })
    : t('common.page', { page, pages });

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.help')}</p>
      <form className="filters audit-filters" onSubmit={(e) => e.preventDefault()} role="search">
        <ChoiceField
          label={t('audit.actor')}
          {...bind('actorId')}
          placeholder={t('audit.anyone')}
          choices={users.map((user) => ({ value: user.id, label: user.name }))}
        />
        <ChoiceField
          label={t('audit.action')}
          {...bind('action')}
          placeholder={t('audit.any')}
          choices={auditActionNames.map((action) => ({
            value: action,
            label: t(`auditAction.${action}`),
          }))}
        />
        <ChoiceField
          label={t('audit.entity')}
          {...bind('entityType')}
          placeholder={t('audit.any')}
          choices={auditEntityTypes.map((type) => ({
            value: type,
            label: t(`auditEntity.${type}`),
          }))}
        />
        <TextField
          label={t('audit.entityId')}
          name="entityId"
          value={filters.entityId}
          onChange={(e) => set('entityId', e.target.value.trim())}
          error={fieldError('entityId')}
        />
        <TextField label={t('audit.from')} type="date" {...bind('from')} />
        <TextField label={t('audit.to')} type="date" {...bind('to')} />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setFilters(noFilters)}
        >
          {t('audit.reset')}
        </button>
      </form>
      {error && !error.fields.length && <LoadError error={error} retry={refetch} />}
      {data && (
        <p className="muted">
          {t(data.totalCapped ? 'audit.totalCapped' : 'audit.total', {
            count: number(data.total),
          })}
        </p>
      )}
      {data && data.items.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {data && data.items.length > 0 && (
        <div className="table-scroll">
          <table className="comparison audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((entry) => (
                <tr key={entry.id}>
                  <td>{dateTime(entry.at)}</td>
                  <td>{entry.actor?.name ?? t('audit.nobody')}</td>
                  <td>{tk('auditAction', entry.action)}</td>
                  <td>
                    {tk('auditEntity', entry.entityType)}
                    {entry.subject.name && (
                      <>
                        : <strong data-testid="audit-subject">{entry.subject.name}</strong>
                      </>
                    )}
                    {entry.subject.anonymised && (
                      <>
                        : <em data-testid="audit-subject">{t('audit.anonymised')}</em>
                      </>
                    )}
                    {entry.entityId && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="link-button"
                          title={t('audit.onlyThis')}
                          onClick={() => set('entityId', entry.entityId!)}
                        >
                          <code>{entry.entityId.slice(0, 8)}</code>
                        </button>
                      </>
                    )}
                  </td>
                  <td>{describe(entry.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} onPage={setPage} hasNext={more} label={pageLabel} />
    </>
  );
}

/**
 * Details are codes, field names and counts: their names, stage codes and yes/no are translated,
 * ids (which only the record filter needs) and internal counters are left out. A name with no translation yet reads as
 * words ("overrodeHrGate" → "overrode hr gate") rather than code.
 */
function useDetailText(): (detail: Record<string, unknown>) => string {
  const { t, tk } = useI18n();
  const value = (v: unknown, key?: string): string => {
    // An empty value (no previous stage, no reason given) reads as a dash, never "null".
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
      return t('common.none');
    if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
    // Which sign-in factor failed or was used: password, authenticator code, recovery code.
    if (key === 'factor' && typeof v === 'string') return tk('audit.factor', v, wordsOf(v));
    if (typeof v === 'string' && (stages as readonly string[]).includes(v)) return tk('stage', v);
    return Array.isArray(v) ? v.map((item) => value(item)).join(', ') : String(v);
  };
  return (detail) =>
    Object.entries(detail)
      .filter(([key]) => !key.endsWith('Id') && key !== 'sequence')
      .map(([key, v]) => `${tk('audit.detailKey', key, wordsOf(key))}: ${value(v, key)}`)
      .join(' · ');
}

const wordsOf = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
