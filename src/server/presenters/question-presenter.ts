import type { QuestionRow } from '../../db/queries/questions';
import type { Question } from '../routes/questions.schema';

export function presentQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    builtIn: row.key !== null,
    stage: row.stage,
    attribute: row.attribute,
    type: row.type,
    roles: row.roles,
    text: row.text,
    goodAnswer: row.goodAnswer,
    redFlags: row.redFlags,
  };
}
