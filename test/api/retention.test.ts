import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { anonymiseExpiredCandidates } from '../../src/services/privacy/retention-service';
import { expectError, expectInvalid } from '../support/expectations';
import { buildApplication, candidateInput, moveTo } from '../support/factories';
import { useTestApp } from '../support/test-app';
import { tablesHolding } from '../support/personal-data-search';

describe('retention and anonymisation (UU PDP)', () => {
  const t = useTestApp();

  async function rejectedLongAgo(fullName: string, email: string, monthsAgo: number) {
    const { jobId } = await buildApplication(t);
    const created = await t.call(t.users.recruiter, 'POST', '/api/candidates', {
      ...candidateInput({ fullName, email, notes: `Catatan tentang ${fullName}` }),
      jobIds: [jobId],
    });
    const applicationId = created.body.applications[0].id as string;
    await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'other',
      note: `Alasan untuk ${fullName}`,
    });
    await t.db.query(
      `UPDATE application_events SET created_at = created_at - make_interval(months => $2) WHERE application_id = $1`,
      [applicationId, monthsAgo],
    );
    return { candidateId: created.body.id as string, applicationId };
  }

  it('lists who is due, lets HR extend with a reason, and anonymises the rest while counts stay', async () => {
    const stamp = Date.now();
    const due = await rejectedLongAgo(`Rudi Kadaluarsa ${stamp}`, `rudi.${stamp}@example.com`, 13);
    const kept = await rejectedLongAgo(
      `Sinta Diperpanjang ${stamp}`,
      `sinta.${stamp}@example.com`,
      13,
    );
    await rejectedLongAgo(`Tono Baru ${stamp}`, `tono.${stamp}@example.com`, 2);

    const overview = await t.call(t.users.recruiter, 'GET', '/api/retention');
    expect(overview.body.months).toBe(12);
    const listed = overview.body.due.map((row: { candidateId: string }) => row.candidateId);
    expect(listed).toEqual(expect.arrayContaining([due.candidateId, kept.candidateId]));
    expect(listed).toHaveLength(2);

    expectInvalid(
      await t.call(
        t.users.recruiter,
        'POST',
        `/api/candidates/${kept.candidateId}/retention-extension`,
        { months: 6, reason: '' },
      ),
      { reason: 'required' },
    );
    const extended = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${kept.candidateId}/retention-extension`,
      {
        months: 6,
        reason: 'Cocok untuk lowongan analis bulan depan.',
      },
    );
    expect(extended.status).toBe(200);

    const store = fileCvStore(mkdtempSync(join(tmpdir(), 'seleksi-cv-')));
    expect(await anonymiseExpiredCandidates(t.db, store)).toBe(1);

    const anonymised = await t.call(t.users.recruiter, 'GET', `/api/candidates/${due.candidateId}`);
    expect(anonymised.body).toMatchObject({ fullName: 'Anonim', phone: null, notes: '', tags: [] });
    expect(anonymised.body.applications[0].stage).toBe('rejected');
    expect(
      anonymised.body.applications[0].history.every(
        (e: { note: string | null }) => e.note === null,
      ),
    ).toBe(true);
    expect(await tablesHolding(t.db, [`Rudi Kadaluarsa ${stamp}`, `rudi.${stamp}@`])).toEqual([]);
    // The same search finds a candidate who is still there, so an empty answer means something.
    expect(await tablesHolding(t.db, [`Sinta Diperpanjang ${stamp}`])).toContain(
      'public.candidates',
    );
    const still = await t.call(t.users.recruiter, 'GET', `/api/candidates/${kept.candidateId}`);
    expect(still.body.fullName).toBe(`Sinta Diperpanjang ${stamp}`);
    // Running again changes nothing more.
    expect(await anonymiseExpiredCandidates(t.db, store)).toBe(0);
  });

  it("shows on a rejected candidate's page when their data will be anonymised", async () => {
    const stamp = Date.now();
    const rejected = await rejectedLongAgo(`Dewi Tanggal ${stamp}`, `dewi.${stamp}@example.com`, 2);
    const [ended] = await t.db.query<{ at: Date }>(
      `SELECT max(created_at) AS at FROM application_events WHERE application_id = $1`,
      [rejected.applicationId],
    );
    const due = new Date(ended!.at);
    due.setUTCMonth(due.getUTCMonth() + 12);
    const page = await t.call(t.users.recruiter, 'GET', `/api/candidates/${rejected.candidateId}`);
    expect(page.body.anonymiseAt).toBe(due.toISOString());
    // Still in the process: nothing is due.
    const { candidateId } = await buildApplication(t);
    const open = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(open.body.anonymiseAt).toBeNull();
  });

  it('lets only admins change the period, within bounds', async () => {
    expectError(
      await t.call(t.users.recruiter, 'PUT', '/api/retention', { months: 6 }),
      403,
      'forbidden',
    );
    const [tooFew] = expectInvalid(
      await t.call(t.users.admin, 'PUT', '/api/retention', { months: 0 }),
      { months: 'too_small' },
    );
    // The schema's own words reach the form whole, not a bare "At least 1." from the bound.
    expect(tooFew).toEqual({ path: 'months', code: 'too_small', message: 'At least 1 month.' });
    expect((await t.call(t.users.admin, 'PUT', '/api/retention', { months: 24 })).status).toBe(200);
    expect((await t.call(t.users.recruiter, 'GET', '/api/retention')).body.months).toBe(24);
    expectError(await t.call(t.users.hiringManager, 'GET', '/api/retention'), 403, 'forbidden');
  });
});
