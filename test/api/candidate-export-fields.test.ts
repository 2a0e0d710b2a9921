import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateColumnsLeftOut,
  candidateExportFields,
} from '../../src/db/queries/candidate-records';
import {
  candidateDataTables,
  candidateTablesLeftOut,
} from '../../src/db/queries/candidate-export-columns';
import { exportOf } from '../support/candidate-export';
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

  it("has a decision for every table holding a candidate's data, and for each of its columns", async () => {
    // Tables that lead back to a candidate: by a foreign key (through applications, interviews,
    // offers, scorecards), or by a column naming one without a key (the audit log).
    const tables = await t.db.query<{ name: string }>(
      `WITH RECURSIVE keys AS (
         SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
         FROM pg_constraint WHERE contype = 'f'),
       holding(name) AS (
         SELECT 'candidates'::text
         UNION SELECT keys.child FROM keys JOIN holding ON keys.parent = holding.name)
       SELECT name FROM holding WHERE name <> 'candidates'
       UNION SELECT table_name FROM information_schema.columns
       WHERE table_schema = current_schema()
         AND column_name IN ('candidate_id', 'application_id', 'interview_id', 'offer_id')
         AND table_name NOT IN (SELECT table_name FROM information_schema.views)`,
    );
    const decidedTables = [
      ...Object.keys(candidateDataTables),
      ...Object.keys(candidateTablesLeftOut),
    ];
    expect(tables.map(({ name }) => name).sort()).toEqual(decidedTables.sort());
    for (const [table, decision] of Object.entries(candidateDataTables)) {
      const columns = await t.db.query<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1`,
        [table],
      );
      const decided = [...Object.keys(decision.exported), ...Object.keys(decision.leftOut)];
      expect(columns.map(({ name }) => name).sort(), table).toEqual(decided.sort());
    }
  });

  it('gives the portal links, WhatsApp contacts, rejections told, interview history and where each e-mail went', async () => {
    const { candidateId, applicationId } = await buildApplication(t);
    await t.db.query(
      `INSERT INTO portal_links (token, application_id, revoked_at) VALUES ($1, $2, now())`,
      [`export-${applicationId}`, applicationId],
    );
    await t.db.query(
      `INSERT INTO application_contacts (application_id, channel, purpose, locale)
       VALUES ($1, 'whatsapp', 'invite_hr_interview', 'id')`,
      [applicationId],
    );
    await t.db.query(`INSERT INTO rejections_told (application_id, how) VALUES ($1, 'phone')`, [
      applicationId,
    ]);
    const [interview] = await t.db.query<{ id: string }>(
      `INSERT INTO interviews (application_id, stage, starts_at, duration_minutes, time_zone, mode,
         address, interviewer_ids, locale, status)
       VALUES ($1, 'hr', now() + interval '2 days', 45, 'Asia/Jakarta', 'onsite',
         'Jl. Sudirman 1', '{}', 'id', 'scheduled') RETURNING id`,
      [applicationId],
    );
    await t.db.query(
      `INSERT INTO interview_events (interview_id, kind, starts_at, reason)
       VALUES ($1, 'reschedule_requested', now(), 'Ada ujian skripsi')`,
      [interview!.id],
    );
    await t.db.query(
      `INSERT INTO email_messages (idempotency_key, template, locale, to_email, to_name, subject,
         body, status, application_id, reply_to)
       SELECT $1, 'hr_invitation', 'id', email, full_name, 'Undangan', 'Halo', 'sent', $2,
         'hr@example.com'
       FROM candidates WHERE id = $3`,
      [`export-${applicationId}`, applicationId, candidateId],
    );
    const exported = await exportOf(t, candidateId);
    const [person] = await t.db.query<{ email: string }>(
      'SELECT email FROM candidates WHERE id = $1',
      [candidateId],
    );
    expect(exported.emails).toMatchObject([
      { applicationId, template: 'hr_invitation', toEmail: person!.email, subject: 'Undangan' },
    ]);
    expect(exported.emails[0]).not.toHaveProperty('replyTo');
    expect(exported.portalLinks).toEqual([
      { applicationId, createdAt: expect.any(String), revokedAt: expect.any(String) },
    ]);
    expect(exported.contacts).toMatchObject([
      { applicationId, channel: 'whatsapp', purpose: 'invite_hr_interview' },
    ]);
    expect(exported.rejectionsTold).toMatchObject([{ applicationId, how: 'phone' }]);
    expect(exported.interviews).toMatchObject([{ id: interview!.id, address: 'Jl. Sudirman 1' }]);
    expect(exported.interviewHistory).toMatchObject([
      { interviewId: interview!.id, kind: 'reschedule_requested', reason: 'Ada ujian skripsi' },
    ]);
    expect(exported.interviews[0]).not.toHaveProperty('interviewerIds');
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
    const exported = await exportOf(t, candidateId);
    expect(exported.candidate).toMatchObject({
      city: 'Makassar',
      sourceDetail: 'Job fair Unhas',
      portfolioUrl: 'https://portofolio.example/ayu',
      retentionExtensionReason: 'Lowongan serupa dibuka Maret',
    });
    expect(exported.candidate).not.toHaveProperty('createdBy');
  });

  it('lists an import as HR adding them, not as a consent they gave (as the candidate page does)', async () => {
    const { candidateId } = await buildApplication(t);
    await t.db.query(
      `INSERT INTO consents (candidate_id, purpose, channel, privacy_notice_version, locale)
       VALUES ($1, 'recruitment', 'hr_import', '2026-01', 'id')`,
      [candidateId],
    );
    const exported = await exportOf(t, candidateId);
    expect(exported.consents).toEqual([]);
    expect(exported.importedByHr).toEqual([
      { importedAt: expect.any(String), privacyNoticeVersion: '2026-01' },
    ]);
  });
});
