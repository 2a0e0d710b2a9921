import type {
  FocusAttribute,
  InterviewStage,
  QuestionRole,
  QuestionType,
} from '../../domain/interview';
import type { BuiltInQuestion } from '../../domain/question-bank/built-in-questions';
import type { Queryable } from '../database';

/** A question as HR writes it: what a built-in question has but its slug. */
export type QuestionFields = Omit<BuiltInQuestion, 'key'>;

export interface QuestionRow extends QuestionFields {
  id: string;
  key: string | null;
  updatedAt: Date;
}

const questionColumns = `q.id, q.key, q.stage, q.attribute, q.type, q.roles,
  json_build_object('id', q.text_id, 'en', q.text_en) AS text,
  json_build_object('id', q.good_answer_id, 'en', q.good_answer_en) AS "goodAnswer",
  json_build_object('id', q.red_flags_id, 'en', q.red_flags_en) AS "redFlags",
  q.updated_at AS "updatedAt"`;

export interface QuestionFilter {
  stage?: InterviewStage | undefined;
  attribute?: FocusAttribute | undefined;
  type?: QuestionType | undefined;
  role?: QuestionRole | undefined;
  /** Words to find in the question, good answer or red flags. */
  text?: string | undefined;
  /** Limit the text search to one language. */
  language?: 'id' | 'en' | undefined;
}

export async function listQuestions(db: Queryable, filter: QuestionFilter): Promise<QuestionRow[]> {
  const pattern = filter.text ? `%${filter.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  return db.query<QuestionRow>(
    `SELECT ${questionColumns} FROM questions q
     WHERE ($1::text IS NULL OR q.stage = $1)
       AND ($2::text IS NULL OR q.attribute = $2)
       AND ($3::text IS NULL OR q.type = $3)
       AND ($4::text IS NULL OR $4 = ANY(q.roles) OR cardinality(q.roles) = 0)
       AND ($5::text IS NULL
         OR ($6::text IS DISTINCT FROM 'en' AND (q.text_id ILIKE $5 OR q.good_answer_id ILIKE $5 OR q.red_flags_id ILIKE $5))
         OR ($6::text IS DISTINCT FROM 'id' AND (q.text_en ILIKE $5 OR q.good_answer_en ILIKE $5 OR q.red_flags_en ILIKE $5)))
     ORDER BY q.stage, q.attribute, q.text_en`,
    [
      filter.stage ?? null,
      filter.attribute ?? null,
      filter.type ?? null,
      filter.role ?? null,
      pattern,
      filter.language ?? null,
    ],
  );
}

export async function findQuestions(db: Queryable, ids: readonly string[]): Promise<QuestionRow[]> {
  return db.query<QuestionRow>(
    `SELECT ${questionColumns} FROM questions q WHERE q.id = ANY($1::uuid[])`,
    [ids],
  );
}

const values = (q: QuestionFields) => [
  q.stage,
  q.attribute,
  q.type,
  q.roles,
  q.text.id,
  q.text.en,
  q.goodAnswer.id,
  q.goodAnswer.en,
  q.redFlags.id,
  q.redFlags.en,
];

export async function insertQuestion(
  db: Queryable,
  question: QuestionFields & { key?: string | null; createdBy: string | null },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO questions (stage, attribute, type, roles, text_id, text_en, good_answer_id, good_answer_en,
       red_flags_id, red_flags_en, key, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (key) DO NOTHING RETURNING id`,
    [...values(question), question.key ?? null, question.createdBy],
  );
  return row?.id ?? '';
}

export async function updateQuestion(
  db: Queryable,
  id: string,
  question: QuestionFields,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE questions SET stage = $1, attribute = $2, type = $3, roles = $4, text_id = $5, text_en = $6,
       good_answer_id = $7, good_answer_en = $8, red_flags_id = $9, red_flags_en = $10, updated_at = now()
     WHERE id = $11 RETURNING id`,
    [...values(question), id],
  );
  return rows.length > 0;
}

export async function listQuestionKeys(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ key: string }>('SELECT key FROM questions WHERE key IS NOT NULL');
  return new Set(rows.map((row) => row.key));
}
