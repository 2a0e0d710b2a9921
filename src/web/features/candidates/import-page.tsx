import { Fragment, useEffect, useState, type FormEvent } from 'react';
import {
  importFields,
  isDuplicateProblem,
  columnsIgnored,
  joinedColumnsLeftOut,
  requiredImportFields,
  type ImportMapping,
} from '../../../domain/candidate-import';
import type { ApiData } from '../../api/client';
import { candidateRecord } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { ReportTable } from '../reports/report-table';
import '../reports/reports.css';
import { Checkbox } from '../../components/checkbox-group';

const acceptedSheets =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * HR imports candidates from a spreadsheet: upload → map the columns → preview the problems by
 * row and column → import every valid row, or nothing. Large files are checked and imported in
 * the background; the page follows their progress.
 */
export function ImportPage({ importId }: { importId?: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <div className="page__head">
        <h1>{t('import.title')}</h1>
      </div>
      {importId ? <ImportSteps key={importId} importId={importId} /> : <UploadForm />}
    </>
  );
}

/** Rows the upload showed, kept for the mapping's examples while the page stays open. */
const samples = new Map<string, string[][]>();

function UploadForm() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const uploading = useApiMutation('post', '/api/candidate-imports');
  const fieldError = useFieldErrors(uploading.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    const body = new FormData();
    body.append('file', file, file.name);
    uploading.mutate(
      { body },
      {
        onSuccess: (uploaded) => {
          samples.set(uploaded.id, uploaded.sampleRows);
          navigate(`/candidates/import/${uploaded.id}`);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('import.intro')}</p>
      <ErrorNotice error={uploading.error?.field('file') ? null : uploading.error} />
      <TextField
        label={t('import.file')}
        name="file"
        type="file"
        accept={acceptedSheets}
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        error={fieldError('file')}
      />
      <button
        className="button button--primary"
        type="submit"
        disabled={!file || uploading.isPending}
      >
        {uploading.isPending ? t('import.uploading') : t('import.upload')}
      </button>
    </form>
  );
}

function ImportSteps({ importId }: { importId: string }) {
  const { t } = useI18n();
  const path = { importId };
  const [remap, setRemap] = useState(false);
  const [working, setWorking] = useState(false);
  const state = useApiQuery(
    '/api/candidate-imports/{importId}',
    { path },
    // Background work reports its progress through the import's status: follow it while it runs.
    working ? { refetchInterval: 1000 } : {},
  );
  const data = state.data;
  const running = data?.status === 'checking' || data?.status === 'importing';
  useEffect(() => setWorking(running), [running]);
  const invalidates = ['/api/candidate-imports', ...candidateRecord];
  const checking = useApiMutation('post', '/api/candidate-imports/{importId}/check', {
    invalidates,
  });
  const importing = useApiMutation('post', '/api/candidate-imports/{importId}/import', {
    invalidates,
  });
  const cancelling = useApiMutation('post', '/api/candidate-imports/{importId}/cancel', {
    invalidates,
  });
  if (!data) return <LoadError error={state.error} retry={state.refetch} />;
  const busy = checking.isPending || importing.isPending || cancelling.isPending;

  if (data.status === 'uploaded' || remap || (data.status === 'failed' && !data.mapping)) {
    return (
      <MappingForm
        upload={data}
        error={checking.error}
        busy={busy}
        onCheck={(mapping) =>
          checking.mutate({ path, body: { mapping } }, { onSuccess: () => setRemap(false) })
        }
      />
    );
  }
  if (data.status === 'checking') {
    return (
      <Progress
        label={t('import.checking', { done: data.checkedRows, total: data.totalRows })}
        done={data.checkedRows}
        total={data.totalRows}
      />
    );
  }
  if (data.status === 'importing') {
    return (
      <Progress
        label={
          data.validRows === 1
            ? t('import.importingOne')
            : t('import.importing', { count: data.validRows })
        }
        done={data.importedRows}
        total={data.validRows}
      />
    );
  }
  if (data.status === 'completed' || data.status === 'cancelled' || data.status === 'stopped') {
    return (
      <section className="panel import-result" role="status">
        <p className={data.status === 'stopped' ? 'notice notice--error' : undefined}>
          {data.status === 'stopped'
            ? t(data.importedRows === 1 ? 'import.stoppedOne' : 'import.stopped', {
                row: data.stoppedAtRow ?? '',
                count: data.importedRows,
                left: data.validRows - data.importedRows - data.skippedRows.length,
              })
            : data.status === 'completed'
              ? data.newCandidates < data.importedRows
                ? t('import.doneWithStored', {
                    count: data.importedRows,
                    people: data.newCandidates,
                  })
                : data.importedRows === 1
                  ? t('import.doneOne')
                  : t('import.done', { count: data.importedRows })
              : t('import.cancelled')}
        </p>
        <ImportedCandidates data={data} />
        {data.skippedRows.length > 0 && <SkippedRows data={data} />}
        <p className="actions">
          <Link className="button button--primary" href="/candidates">
            {t('import.toCandidates')}
          </Link>{' '}
          <Link className="button" href="/candidates/import">
            {t('import.again')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <Preview
      data={data}
      busy={busy}
      error={importing.error ?? cancelling.error}
      // Refused when rows became duplicates since the preview: the preview is read again to name them.
      onImport={(tellCandidates) =>
        importing.mutate(
          { path, body: { tellCandidates } },
          { onError: () => void state.refetch() },
        )
      }
      onCancel={() => cancelling.mutate({ path })}
      onRemap={() => setRemap(true)}
    />
  );
}

/** The import as the API answers it (the types come from the generated schema). */
type ImportData = ApiData<'get', '/api/candidate-imports/{importId}'>;
type PreviewProblem = ImportData['problems'][number];
type RowProblem = ImportData['skippedRows'][number];

/**
 * What a problem does to its row: keeps it out (an error to fix, or a duplicate skipped: that
 * person is already in Seleksi), or only warns or informs (it is imported).
 */
const problemKind = (problem: RowProblem | PreviewProblem) =>
  problem.warning
    ? 'warning'
    : problem.notice
      ? 'notice'
      : isDuplicateProblem(problem)
        ? 'duplicate'
        : 'problem';

/**
 * The kind as a marked label before the problem's text: a note must not read like an error
 * (icon, colour and word differ; the icon is decoration, the word says it).
 */
function ProblemKind({ problem }: { problem: RowProblem | PreviewProblem }) {
  const { t } = useI18n();
  const kind = problemKind(problem);
  const icon = { problem: '✕', duplicate: '=', warning: '!', notice: 'i' }[kind];
  const label = {
    problem: 'import.kind.problem',
    duplicate: 'import.kind.duplicate',
    warning: 'import.warning',
    notice: 'import.notice',
  } as const;
  return (
    <span className={`import-kind import-kind--${kind}`} data-kind={kind}>
      <span className="import-kind__icon" aria-hidden="true">
        {icon}
      </span>
      {t(label[kind])}
    </span>
  );
}

/** A problem's text, as the preview and the result name it. */
function useProblemText() {
  const { t, tk } = useI18n();
  return (problem: RowProblem | PreviewProblem) => {
    const existing = 'existingCandidate' in problem ? problem.existingCandidate : undefined;
    if (existing) {
      const matched = problem.matchedBy ?? [];
      const named =
        problem.code === 'applies_as_existing'
          ? 'import.code.applies_as_existing_named'
          : problem.code === 'already_applied'
            ? 'import.code.already_applied_named'
            : 'import.code.duplicate_candidate_named';
      return t(named, {
        name: existing.fullName,
        matched:
          matched.length > 1
            ? t('import.matched.both')
            : tk('import.matched', matched[0] ?? 'email'),
      });
    }
    if (problem.code === 'unknown_job' && problem.nearestJob) {
      return t('import.code.unknown_job_nearest', { job: problem.nearestJob });
    }
    if (problem.code === 'unknown_job' && problem.openJobs?.length) {
      const jobs = problem.openJobs.map((title) => `“${title}”`).join(', ');
      return t('import.code.unknown_job_open', { jobs });
    }
    // A note on a row another problem keeps out says what would happen, never that it is imported.
    const leftOut = 'rowImported' in problem && !problem.rowImported;
    const text = leftOut
      ? tk('import.leftOut', problem.code, tk('import.code', problem.code))
      : tk('import.code', problem.code);
    // A duplicate within the file says which field matched, as one of a stored candidate does.
    const matched = problem.field === 'email' || problem.field === 'phone' ? problem.field : null;
    const matchedText =
      (problem.matchedBy?.length ?? 0) > 1
        ? t('import.matched.both')
        : matched
          ? tk('import.matched', matched)
          : '';
    return text
      .replaceAll('{row}', String(problem.otherRow ?? ''))
      .replaceAll('{matched}', matchedText)
      .replaceAll('{value}', problem.value ?? '')
      .replaceAll('{source}', problem.readAs ? tk('source', problem.readAs) : '');
  };
}

/** Each row once, with all its problems in file order. */
function byRow<P extends { row: number }>(
  problems: readonly P[],
): { row: number; problems: P[] }[] {
  const rows = new Map<number, P[]>();
  for (const problem of problems)
    rows.set(problem.row, [...(rows.get(problem.row) ?? []), problem]);
  return [...rows].map(([row, found]) => ({ row, problems: found }));
}

/**
 * Rows left out of a completed import: those that became a problem while it was written, then
 * those the preview already kept out (errors and people already in Seleksi), each row once.
 */
function SkippedRows({ data }: { data: Pick<ImportData, 'columns' | 'skippedRows'> }) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const columnName = (index: number | null) => (index === null ? '' : (data.columns[index] ?? ''));
  const table = (problems: ImportData['skippedRows']) => (
    <ReportTable
      labelRowName
      columns={[t('import.row'), t('import.column'), t('import.problem')]}
      rows={byRow(problems).map(({ row, problems: found }) => ({
        key: String(row),
        cells: [
          row,
          [...new Set(found.map((p) => columnName(p.column)))].filter(Boolean).join(', '),
          found.map((p) => problemText(p)).join(' '),
        ],
      }))}
    />
  );
  const during = data.skippedRows.filter((problem) => !problem.atPreview);
  const atPreview = data.skippedRows.filter((problem) => problem.atPreview);
  const duringRows = byRow(during).length;
  return (
    <>
      {during.length > 0 && (
        <section data-testid="skipped-during-import">
          <h2>{t('import.skippedTitle')}</h2>
          <p>
            {duringRows === 1
              ? t('import.skippedIntroOne')
              : t('import.skippedIntro', { count: duringRows })}
          </p>
          {table(during)}
        </section>
      )}
      {atPreview.length > 0 && (
        <section data-testid="left-out-at-preview">
          <h2>{t('import.leftOutTitle')}</h2>
          <p>{t('import.leftOutIntro')}</p>
          {table(atPreview)}
        </section>
      )}
    </>
  );
}

function MappingForm({
  upload,
  error,
  busy,
  onCheck,
}: {
  upload: ImportData;
  error: Parameters<typeof ErrorNotice>[0]['error'];
  busy: boolean;
  onCheck: (mapping: ImportMapping) => void;
}) {
  const { t } = useI18n();
  const [mapping, setMapping] = useState<ImportMapping>(upload.mapping ?? upload.suggestedMapping);
  const fieldError = useFieldErrors(error ?? null);
  const sample = samples.get(upload.id)?.[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck(mapping);
  };
  return (
    <form className="form import-mapping" onSubmit={submit} noValidate>
      <h2>{t('import.mapping')}</h2>
      <p>{t('import.mappingIntro', { file: upload.fileName, rows: upload.totalRows })}</p>
      <ErrorNotice error={error?.fields.length ? null : error} />
      {importFields.map((field) => {
        const index = mapping[field];
        const required = (requiredImportFields as readonly string[]).includes(field);
        const problem = fieldError(`mapping.${field}`);
        return (
          <label className="field" key={field}>
            <span>
              {t(`import.field.${field}`)}
              {required && <small className="muted"> ({t('import.required')})</small>}
            </span>
            <select
              name={field}
              value={index ?? ''}
              aria-invalid={problem ? true : undefined}
              onChange={(e) => {
                const value = e.target.value;
                setMapping((current) => {
                  const next = { ...current };
                  if (value === '') delete next[field];
                  else next[field] = Number(value);
                  return next;
                });
              }}
            >
              <option value="">{t('import.notInFile')}</option>
              {upload.columns.map((column, i) => (
                <option key={i} value={i}>
                  {column}
                </option>
              ))}
            </select>
            {sample && index !== undefined && sample[index] && (
              <small className="muted">{t('import.sample', { value: sample[index] })}</small>
            )}
            {problem && <small className="field__error">{problem}</small>}
          </label>
        );
      })}
      {joinedColumnsLeftOut(upload.columns, mapping).map((index) => (
        <p className="notice" key={index} data-testid="column-left-out">
          {t('import.leftOutColumn', { column: upload.columns[index] ?? '' })}
        </p>
      ))}
      <IgnoredColumns columns={upload.columns} mapping={mapping} />
      <button className="button button--primary" type="submit" disabled={busy}>
        {t('import.check')}
      </button>
    </form>
  );
}

/** The file's columns no field reads: HR sees what the import leaves out before confirming. */
function IgnoredColumns({ columns, mapping }: { columns: string[]; mapping: ImportMapping }) {
  const { t } = useI18n();
  const ignored = columnsIgnored(columns, mapping);
  if (!ignored.length) return null;
  const names = ignored.map((index) => `“${columns[index] || index + 1}”`).join(', ');
  return (
    <p className="muted" data-testid="ignored-columns">
      {t('import.ignoredColumns', { columns: names })}
    </p>
  );
}

function Progress({ label, done, total }: { label: string; done?: number; total?: number }) {
  return (
    <section className="panel" role="status" aria-live="polite">
      <p>{label}</p>
      <progress max={total} value={done} aria-label={label} />
    </section>
  );
}

function Preview({
  data,
  busy,
  error,
  onImport,
  onCancel,
  onRemap,
}: {
  data: ImportData;
  busy: boolean;
  error: Parameters<typeof ErrorNotice>[0]['error'];
  onImport: (tellCandidates: boolean) => void;
  onCancel: () => void;
  onRemap: () => void;
}) {
  const { t } = useI18n();
  const problemText = useProblemText();
  // Ticked by default: the PDP law asks that people whose data HR did not collect through Seleksi
  // are told of it; HR unticks it when the file's people were already told.
  const [tellCandidates, setTellCandidates] = useState(true);
  const columnName = (index: number | null) => (index === null ? '' : (data.columns[index] ?? ''));
  const skipped = data.problems.filter((problem) => problemKind(problem) === 'duplicate');
  const toFix = data.problems.filter((problem) => problemKind(problem) !== 'duplicate');
  const said = (problem: PreviewProblem) => (
    <span className={`import-problem import-problem--${problemKind(problem)}`}>
      <ProblemKind problem={problem} />{' '}
      {problem.existingCandidate ? (
        // HR sees every candidate: the link shows no one the importer could not open.
        <Link href={`/candidates/${problem.existingCandidate.id}`}>{problemText(problem)}</Link>
      ) : (
        problemText(problem)
      )}
    </span>
  );
  return (
    <section className="import-preview">
      <h2>{t('import.previewTitle')}</h2>
      {data.status === 'failed' && <p className="notice notice--error">{t('import.failed')}</p>}
      <ErrorNotice error={error} />
      <PreviewSummary data={data} />
      <NoJobsYet problems={data.problems} />
      {data.draftJobs.map((job) => (
        <p className="notice notice--warning" key={job.id} data-testid="draft-job">
          {job.rows === 1
            ? t('import.draftJobOne', { title: job.title })
            : t('import.draftJob', { title: job.title, rows: job.rows })}
        </p>
      ))}
      <RowsToImport data={data} />
      <IgnoredColumns columns={data.columns} mapping={data.mapping ?? {}} />
      {toFix.length > 0 && (
        <ReportTable
          labelRowName
          // Errors, skipped duplicates and notes share this table: its heading names none of them.
          columns={[t('import.row'), t('import.person'), t('import.column'), t('import.finding')]}
          rows={toFix.map((problem, index) => ({
            key: `${problem.row}-${index}`,
            cells: [problem.row, problem.person ?? '', columnName(problem.column), said(problem)],
          }))}
        />
      )}
      {skipped.length > 0 && (
        // A line skipped as a duplicate is no problem to fix, and no one column is at fault.
        <section aria-label={t('import.skippedLines')} data-testid="skipped-duplicates">
          <h3>{t('import.skippedLines')}</h3>
          <ReportTable
            labelRowName
            columns={[t('import.row'), t('import.person'), t('import.skipReason')]}
            rows={byRow(skipped).map(({ row, problems }) => ({
              key: String(row),
              cells: [
                row,
                problems[0]!.person ?? '',
                <>
                  {problems.map((problem, index) => (
                    <Fragment key={index}>
                      {index > 0 && ' '}
                      {said(problem)}
                    </Fragment>
                  ))}
                </>,
              ],
            }))}
          />
        </section>
      )}
      {data.problems.length > 0 && <p className="muted">{t('import.linesHint')}</p>}
      {data.problemCount + data.duplicateCount + data.noteCount > data.problems.length && (
        <p className="muted">
          {t('import.moreProblems', {
            shown: data.problems.length,
            total: data.problemCount + data.duplicateCount + data.noteCount,
          })}
        </p>
      )}
      <Checkbox
        name="tellCandidates"
        checked={tellCandidates}
        onChange={setTellCandidates}
        label={t('import.tellCandidates')}
      />
      <p className="actions">
        <button
          className="button button--primary"
          type="button"
          disabled={busy || data.validRows === 0}
          onClick={() => onImport(tellCandidates)}
        >
          {data.validRows === 1
            ? t('import.confirmOne')
            : t('import.confirm', { count: data.validRows })}
        </button>{' '}
        <button className="button" type="button" disabled={busy} onClick={onCancel}>
          {t('import.cancel')}
        </button>{' '}
        <button className="button button--quiet" type="button" disabled={busy} onClick={onRemap}>
          {t('import.changeMapping')}
        </button>
      </p>
    </section>
  );
}

/**
 * Before any job is open, every line naming a job fails the same way: said once, above the lines,
 * with the ways out (create the jobs, or import without a job).
 */
function NoJobsYet({ problems }: { problems: readonly PreviewProblem[] }) {
  const { t } = useI18n();
  const noJobOpen = problems.some(
    (problem) => problem.code === 'unknown_job' && !problem.nearestJob && !problem.openJobs?.length,
  );
  if (!noJobOpen) return null;
  return (
    <p className="notice notice--warning" data-testid="no-jobs-yet">
      {t('import.noJobs')} <Link href="/jobs/new">{t('import.noJobsCreate')}</Link>
      {t('import.noJobsAfter')}
    </p>
  );
}

/** Who the import added, each linking to their page: the first of them, the rest counted. */
function ImportedCandidates({ data }: { data: ImportData }) {
  const { t } = useI18n();
  if (data.importedCandidates.length === 0) return null;
  return (
    <section className="import-names" data-testid="imported-candidates">
      <h2>{t('import.importedTitle')}</h2>
      <ul className="import-names__list">
        {data.importedCandidates.map(({ id, fullName }) => (
          <li key={id}>
            <Link href={`/candidates/${id}`}>{fullName}</Link>
          </li>
        ))}
      </ul>
      <MoreCount count={data.importedRows - data.importedCandidates.length} />
    </section>
  );
}

/**
 * Who the import will add, by row number and name: the first of them, the rest counted (HR
 * recognises the file's people before confirming). A line for a person already stored names that
 * candidate (linked), and the file's name where it differs. Open by default; it folds away on a phone.
 */
function RowsToImport({ data }: { data: ImportData }) {
  const { t } = useI18n();
  if (data.validRows === 0) return null;
  return (
    <details className="import-names" open data-testid="rows-to-import">
      <summary>{t('import.toImportTitle', { count: data.validRows })}</summary>
      <ul className="import-names__list">
        {data.rowsToImport.map(({ row, fullName, existingCandidate: stored }) => (
          <li key={row}>
            <span className="muted">{t('import.toImportRow', { row })}</span>{' '}
            {stored ? (
              // A person already stored: the application goes to them, under their stored name.
              <>
                <Link href={`/candidates/${stored.id}`}>{stored.fullName}</Link>{' '}
                <span className="muted">
                  {stored.fullName === fullName
                    ? t('import.toImportStored')
                    : t('import.toImportStoredRenamed', { name: fullName })}
                </span>
              </>
            ) : (
              fullName
            )}
          </li>
        ))}
      </ul>
      <MoreCount count={data.validRows - data.rowsToImport.length} />
    </details>
  );
}

/** "And N more": the people a name list leaves out. */
function MoreCount({ count }: { count: number }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <p className="muted">
      {count === 1 ? t('import.toImportMoreOne') : t('import.toImportMore', { count })}
    </p>
  );
}

/**
 * How many rows are ready, how many problems to fix keep rows out, how many rows are skipped as
 * duplicates (people already in Seleksi: no error), and, apart, how many notes and warnings
 * the rows to be imported carry: each sentence in its singular form for one.
 */
function PreviewSummary({ data }: { data: ImportData }) {
  const { t } = useI18n();
  const clean = data.validRows === data.totalRows && data.problemCount === 0;
  return (
    <p role="status" data-testid="import-summary">
      {clean
        ? data.totalRows === 1
          ? t('import.summaryCleanOne')
          : t('import.summaryClean', { total: data.totalRows })
        : data.validRows === 1
          ? t('import.readyOne', { total: data.totalRows })
          : t('import.ready', { valid: data.validRows, total: data.totalRows })}
      {data.problemCount > 0 && (
        <>
          {' '}
          <strong className="import-summary__problems">
            {data.problemCount === 1
              ? t('import.problemsFoundOne')
              : t('import.problemsFound', { count: data.problemCount })}
          </strong>
        </>
      )}
      {/* Duplicates are no error: those people are in Seleksi already, their rows are skipped. */}
      {data.duplicateRows > 0 && (
        <>
          {' '}
          <span className="import-summary__duplicates">
            {data.duplicateRows === 1
              ? t('import.duplicatesFoundOne')
              : t('import.duplicatesFound', { count: data.duplicateRows })}
          </span>
        </>
      )}
      {/* Only notes on rows that go in: a row kept out by a problem is not "still imported". */}
      {data.noteCountOnImportedRows > 0 && (
        <>
          {' '}
          <span className="import-summary__notes">
            {data.noteCountOnImportedRows === 1
              ? t('import.notesFoundOne')
              : t('import.notesFound', { count: data.noteCountOnImportedRows })}
          </span>
        </>
      )}
    </p>
  );
}
