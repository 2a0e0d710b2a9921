import type { Database, Queryable } from '../../db/database';
import {
  findQuestions,
  insertQuestion,
  listQuestionKeys,
  listQuestions as queryQuestions,
  updateQuestion as writeQuestion,
  type QuestionFields,
  type QuestionFilter,
  type QuestionRow,
} from '../../db/queries/questions';
import { builtInQuestions } from '../../domain/question-bank/built-in-questions';
import { requireAbility } from '../access-policy';
import type { Actor } from '../actor';
import { NotFound } from '../errors';

/** Every signed-in user may read the bank. */
export async function listQuestions(db: Database, filter: QuestionFilter): Promise<QuestionRow[]> {
  return queryQuestions(db, filter);
}

export async function createQuestion(
  db: Database,
  actor: Actor,
  question: QuestionFields,
): Promise<QuestionRow> {
  requireBankEditor(actor);
  const id = await insertQuestion(db, { ...question, createdBy: actor.id });
  return (await findQuestions(db, [id]))[0]!;
}

export async function updateQuestion(
  db: Database,
  actor: Actor,
  id: string,
  question: QuestionFields,
): Promise<QuestionRow> {
  requireBankEditor(actor);
  if (!(await writeQuestion(db, id, question))) throw new NotFound('Question');
  return (await findQuestions(db, [id]))[0]!;
}

/** Adds the built-in questions this database does not have yet; edits made by users are kept. */
export async function syncBuiltInQuestions(db: Queryable): Promise<number> {
  const present = await listQuestionKeys(db);
  let added = 0;
  for (const question of builtInQuestions) {
    if (present.has(question.key)) continue;
    await insertQuestion(db, { ...question, createdBy: null });
    added++;
  }
  return added;
}

function requireBankEditor(actor: Actor): void {
  requireAbility(
    actor,
    'editQuestionBank',
    'Only HR (recruiters and admins) can edit the question bank.',
  );
}
