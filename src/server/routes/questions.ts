import type { Database } from '../../db/database';
import {
  createQuestion,
  listQuestions,
  updateQuestion,
} from '../../services/question-bank/question-bank-service';
import { presentQuestion } from '../presenters/question-presenter';
import { route } from '../route';
import {
  question,
  questionInput,
  questionList,
  questionListQuery,
  questionParams,
} from './questions.schema';

export const questionRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/questions',
      tag: 'question-bank',
      summary: 'Search and filter the question bank',
      query: questionListQuery,
      response: questionList,
    },
    async ({ query }) => ({
      items: (await listQuestions(db, { ...query, text: query.q })).map(presentQuestion),
    }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/questions',
      tag: 'question-bank',
      summary: 'Add a question to the bank (HR)',
      body: questionInput,
      response: question,
      status: 201,
    },
    async ({ actor, body }) => presentQuestion(await createQuestion(db, actor, body)),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/questions/:questionId',
      tag: 'question-bank',
      summary: 'Edit a question (HR)',
      params: questionParams,
      body: questionInput,
      response: question,
    },
    async ({ actor, params, body }) =>
      presentQuestion(await updateQuestion(db, actor, params.questionId, body)),
  ),
];
