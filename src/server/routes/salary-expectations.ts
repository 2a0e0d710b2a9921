import type { Database } from '../../db/database';
import {
  getSalaryExpectations,
  recordSalaryExpectation,
} from '../../services/salary-expectations/salary-expectation-service';
import { presentSalaryExpectations } from '../presenters/salary-expectation-presenter';
import { route } from '../route';
import { applicationParams } from './applications.schema';
import { salaryExpectationInput, salaryExpectations } from './salary-expectations.schema';

export const salaryExpectationRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/salary-expectations',
      tag: 'salary-expectations',
      summary: "The candidate's salary expectation and its history (HR and the hiring manager)",
      params: applicationParams,
      response: salaryExpectations,
    },
    async ({ actor, params }) =>
      presentSalaryExpectations(await getSalaryExpectations(db, actor, params.applicationId)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/salary-expectations',
      tag: 'salary-expectations',
      summary: 'Record the salary the candidate states (HR)',
      params: applicationParams,
      body: salaryExpectationInput,
      response: salaryExpectations,
      status: 201,
    },
    async ({ actor, params, body }) =>
      presentSalaryExpectations(
        await recordSalaryExpectation(db, actor, params.applicationId, body),
      ),
  ),
];
