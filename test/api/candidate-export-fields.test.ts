import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateColumnsLeftOut,
  candidateExportFields,
} from '../../src/db/queries/candidate-records';
import { buildApplication } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * An access request gets everything Seleksi holds on the person (UU PDP): every column of the
 * candidate's record is in the export, or deliberately left out with a reason.
 */
describe('the access-request export is complete', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has a decision for every column of the candidates table', async () => {
    const columns = await t.db.query<{ name: string }>(
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'candidates'`,
    );
    const decided = [
      ...Object.keys(candidateExportFields),
      ...Object.keys(candidateColumnsLeftOut),
    ];
    expect(columns.map(({ name }) => name).sort()).toEqual(decided.sort());
  });

  it('gives the city, source detail, portfolio and the reason HR kept them longer', async () => {
    const { candidateId } = await buildApplication(t);
    await t.db.query(
      `UPDATE candidates SET city = 'Makassar', source_detail = 'Job fair Unhas',
         portfolio_url = 'https://portofolio.example/ayu', retention_extended_until = now(),
         retention_extension_reason = 'Lowongan serupa dibuka Maret'
       WHERE id = $1`,
      [candidateId],
    );
    const exported = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${candidateId}/export`,
    );
    expect(exported.status).toBe(200);
    expect(exported.body.candidate).toMatchObject({
      city: 'Makassar',
      sourceDetail: 'Job fair Unhas',
      portfolioUrl: 'https://portofolio.example/ayu',
      retentionExtensionReason: 'Lowongan serupa dibuka Maret',
    });
    expect(exported.body.candidate).not.toHaveProperty('createdBy');
  });

  it('lists an import as HR adding them, not as a consent they gave (as the candidate page does)', async () => {
    const { candidateId } = await buildApplication(t);
    await t.db.query(
      `INSERT INTO consents (candidate_id, purpose, channel, privacy_notice_version, locale)
       VALUES ($1, 'recruitment', 'hr_import', '2026-01', 'id')`,
      [candidateId],
    );
    const exported = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${candidateId}/export`,
    );
    expect(exported.body.consents).toEqual([]);
    expect(exported.body.importedByHr).toEqual([
      { importedAt: expect.any(String), privacyNoticeVersion: '2026-01' },
    ]);
  });
});
