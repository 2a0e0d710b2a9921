import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database';
import {
  findCandidateImport,
  findPeopleLike,
  readComparableCandidates,
  listImportJobs,
  readImportRows,
  saveCheckedRows,
  updateCandidateImport,
} from '../../db/queries/candidate-imports';
import { findUserById } from '../../db/queries/users';
import {
  backgroundImportRows,
  fileRowChecker,
  mappingProblems,
  withExistingDuplicates,
  withFirstRowLeftOut,
  type CheckedRow,
  type ImportMapping,
} from '../../domain/candidate-import';
import { nameWords, SameCityNames, type PersonDetails } from '../../domain/duplicates';

type StoredPerson = PersonDetails & { id: string; jobIds: string[] };
import type { Actor } from '../actor';
import { enqueueTask, taskQueues } from '../background/task-queue';
import { Conflict, Invalid } from '../errors';
import { nextTurn, requireOwnImport } from './import-access';

const batchRows = 1000;
/** Rows checked between turns of other requests (a few milliseconds of work). */
const sliceRows = 250;
/** Stored candidates read per statement when a large file is compared with them. */
const storedPageSize = 5000;

/**
 * HR confirms the mapping and asks for the preview. A small file is checked at once; a large one
 * (more than `backgroundImportRows` rows) is checked by background work whose progress the import
 * shows. A new mapping checks the rows again.
 */
export async function requestCheck(
  db: Database,
  actor: Actor,
  importId: string,
  mapping: ImportMapping,
): Promise<'checked' | 'checking'> {
  const background = await db.transaction(async (tx) => {
    const found = await requireOwnImport(tx, actor, importId, { forUpdate: true });
    if (!['uploaded', 'checked', 'failed'].includes(found.status)) {
      throw new Conflict(
        [
          {
            path: 'status',
            code: 'import_busy',
            message: 'This import is not waiting for a mapping.',
          },
        ],
        'The import is busy or done.',
      );
    }
    const problems = mappingProblems(mapping, found.columns.length);
    if (problems.length) {
      throw new Invalid(
        problems.map((p) => ({
          path: `mapping.${p.field}`,
          code: p.code,
          message:
            p.code === 'required'
              ? 'Choose the column this field is read from.'
              : 'Choose another column.',
        })),
      );
    }
    await updateCandidateImport(tx, importId, {
      mapping,
      status: 'checking',
      checkedRows: 0,
      validRows: 0,
      failure: null,
    });
    const inBackground = found.totalRows > backgroundImportRows;
    if (inBackground)
      await enqueueTask(tx, taskQueues.candidateImport, { importId, step: 'check' });
    return inBackground;
  });
  if (background) return 'checking';
  await runCheck(db, importId);
  return 'checked';
}

/**
 * Checks every row of an import (domain rules, duplicates within the file and with stored
 * candidates), keeping each row's outcome and the progress batch by batch.
 */
export async function runCheck(db: Database, importId: string): Promise<void> {
  const found = await findCandidateImport(db, importId);
  const mapping = found?.mapping ?? {};
  // Lines Seleksi adds to a candidate's notes are in the importing HR user's language.
  const importer = found && (await findUserById(db, found.createdBy));
  const jobs = await listImportJobs(db);
  const rows: { row: number; cells: string[] }[] = [];
  for (;;) {
    const batch = await readImportRows(db, importId, {
      afterRow: rows.at(-1)?.row ?? 0,
      limit: 5000,
    });
    rows.push(...batch);
    if (batch.length < 5000) break;
    await nextTurn();
  }
  // Checked slice by slice: 50,000 rows in one go held the event loop (PGlite's too) for seconds.
  const checkRow = fileRowChecker(mapping, jobs, importer?.locale ?? 'id');
  const checked: CheckedRow[] = [];
  for (let start = 0; start < rows.length; start += sliceRows) {
    for (const { row, cells } of rows.slice(start, start + sliceRows)) {
      checked.push(checkRow(row, cells));
    }
    await nextTurn();
  }
  // One lookup for the whole file: batch by batch, the same stored people came back each time.
  const againstStored = await storedCandidatesLike(db, checked, mapping);
  const withIds = candidateIds();
  let valid = 0;
  for (let start = 0; start < checked.length; start += batchRows) {
    const batch: CheckedRow[] = [];
    // Comparing names is the costly part: a few hundred rows between turns.
    for (let from = start; from < Math.min(start + batchRows, checked.length); from += sliceRows) {
      batch.push(
        ...againstStored(checked.slice(from, Math.min(from + sliceRows, start + batchRows))),
      );
      await nextTurn();
    }
    const saved = batch.map(withIds);
    valid += saved.filter((row) => row.candidate).length;
    await db.transaction(async (tx) => {
      await saveCheckedRows(tx, importId, saved);
      await updateCandidateImport(tx, importId, {
        checkedRows: start + batch.length,
        validRows: valid,
      });
    });
    await nextTurn();
  }
  await updateCandidateImport(db, importId, { status: 'checked' });
}

/**
 * Gives each valid row, in file order, the ids its candidate and application are written with: a
 * new candidate's, a stored one's, or, for a second application in the file, those of the row
 * that first names the person (a duplicate of it if that row is kept out after all).
 */
function candidateIds() {
  const idOfRow = new Map<number, string>();
  return ({ person: _, ...checked }: CheckedRow) => {
    const sameAsRow = checked.candidate?.sameAsRow;
    const firstRowId = sameAsRow === undefined ? undefined : idOfRow.get(sameAsRow);
    const row =
      sameAsRow !== undefined && !firstRowId && !checked.candidate?.existingCandidateId
        ? withFirstRowLeftOut(checked)
        : checked;
    if (!row.candidate) return { ...row, candidate: null };
    const existing = row.candidate.existingCandidateId ?? firstRowId;
    const id = existing ?? randomUUID();
    idOfRow.set(row.row, id);
    return {
      ...row,
      candidate: {
        ...row.candidate,
        ...(existing ? { existingCandidateId: existing } : {}),
        id,
        applicationId: row.candidate.jobId ? randomUUID() : null,
      },
    };
  };
}

/**
 * The stored candidates the file's people may be (one query), indexed so each row is compared
 * only with those it could match; returns the check of a batch of rows against them.
 */
async function storedCandidatesLike(
  db: Database,
  rows: CheckedRow[],
  mapping: ImportMapping,
): Promise<(batch: CheckedRow[]) => CheckedRow[]> {
  const people = rows.flatMap((row) => (row.person ? [row.person] : []));
  if (!people.length) return (batch) => batch;
  const like = {
    emails: people.flatMap((p) => (p.email ? [p.email] : [])),
    phones: people.flatMap((p) => (p.phone ? [p.phone] : [])),
    cities: [...new Set(people.flatMap((p) => (p.city ? [p.city.toLowerCase()] : [])))],
    nameWords: [...new Set(people.filter((p) => p.city).flatMap((p) => nameWords(p.fullName)))],
  };
  const stored =
    people.length > backgroundImportRows
      ? await pagedPeopleLike(db, like)
      : await findPeopleLike(db, like);
  if (!stored.length) return (batch) => batch;
  const byEmail = new Map(stored.map((person) => [person.email.trim().toLowerCase(), person]));
  const byPhone = new Map(
    stored.flatMap((person) => (person.phone ? [[person.phone, person] as const] : [])),
  );
  const byName = new SameCityNames<StoredPerson>();
  for (const [index, person] of stored.entries()) {
    byName.add(person, person);
    if (index % storedPageSize === storedPageSize - 1) await nextTurn();
  }
  return (batch) =>
    batch.map((row) => {
      const c = row.person;
      if (!c) return row;
      const near = [
        c.email ? byEmail.get(c.email) : undefined,
        c.phone ? byPhone.get(c.phone) : undefined,
        byName.findSimilar(c),
      ].filter((person): person is StoredPerson => person !== undefined);
      // The same person may be found twice (by e-mail and by phone): once each.
      return near.length ? withExistingDuplicates(row, mapping, [...new Set(near)]) : row;
    });
}

/**
 * A large file's people against the stored candidates a page at a time (see
 * readComparableCandidates): one indexed statement for 50,000 people ran for seconds with everyone
 * else waiting. The same people `findPeopleLike` finds: the same e-mail or phone, or a name word
 * in common in the same city.
 */
async function pagedPeopleLike(
  db: Database,
  like: Parameters<typeof findPeopleLike>[1],
): Promise<StoredPerson[]> {
  const emails = new Set(like.emails);
  const phones = new Set(like.phones);
  const cities = new Set(like.cities);
  const words = new Set(like.nameWords);
  const mayBe = (person: PersonDetails) =>
    emails.has(person.email) ||
    (person.phone !== null && phones.has(person.phone)) ||
    (person.city !== null &&
      cities.has(person.city.toLowerCase()) &&
      nameWords(person.fullName).some((word) => words.has(word)));
  const found: StoredPerson[] = [];
  for (let afterId: string | null = null; ;) {
    const page = await readComparableCandidates(db, { afterId, pageSize: storedPageSize });
    for (const { comparable, ...person } of page) {
      if (comparable && mayBe(person)) found.push(person);
    }
    await nextTurn();
    if (page.length < storedPageSize) return found;
    afterId = page.at(-1)!.id;
  }
}
