import { describe, expect, test } from 'vitest';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { applicantFields, applyFromCareers, makePdf, waitForCvText } from '../support/cv-files';
import { expectInvalid } from '../support/expectations';
import { addCandidate, buildJob, moveTo, unique } from '../support/factories';
import { useTestApp } from '../support/test-app';

const t = useTestApp({ background: true });

describe('duplicates', () => {
  test('same e-mail, same phone, or a similar name in the same city are flagged', async () => {
    const job = await buildJob(t);
    const sari = await addCandidate(t, {
      fullName: 'Sari Rahmawati',
      email: 'sari.dup@example.com',
      phone: '0812 7000 0001',
      city: 'Bandung',
      jobIds: [job.id],
    });
    const sameEmail = await addCandidate(t, {
      fullName: 'S. Rahma',
      email: 'SARI.DUP@example.com',
      phone: null,
      jobIds: [job.id],
    });
    const samePhone = await addCandidate(t, {
      fullName: 'Other',
      email: 'o@example.com',
      phone: '+62 812-7000-0001',
      jobIds: [job.id],
    });
    const similar = await addCandidate(t, {
      fullName: 'sari rahmawatii',
      email: 'sr@example.com',
      phone: null,
      city: 'bandung',
      jobIds: [job.id],
    });
    await addCandidate(t, {
      fullName: 'Sari Rahmawati',
      email: 'elsewhere@example.com',
      phone: null,
      city: 'Medan',
      jobIds: [job.id],
    });

    const { status, body } = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${sari.id}/duplicates`,
    );
    expect(status).toBe(200);
    const reasons = Object.fromEntries(
      body.items.map((d: { id: string; reasons: string[] }) => [d.id, d.reasons]),
    );
    expect(reasons).toEqual({
      [sameEmail.id]: ['same_email'],
      [samePhone.id]: ['same_phone'],
      [similar.id]: ['similar_name_same_city'],
    });
    // Another team's manager sees neither the candidate nor the duplicates.
    expect(
      (await t.call(t.users.otherManager, 'GET', `/api/candidates/${sari.id}/duplicates`)).status,
    ).toBe(404);
    expect((await t.call(null, 'GET', `/api/candidates/${sari.id}/duplicates`)).status).toBe(401);
  });

  test('a newer similar name is flagged behind more than fifty older namesakes in the same city', async () => {
    const city = `Kota Uji ${unique()}`;
    const nur = await addCandidate(t, {
      fullName: 'Nur Hidayah Lestari',
      email: `nur.${unique()}@example.com`,
      phone: null,
      city,
    });
    // Sixty older people in the city who share only the common word "Nur": not the same person.
    await t.db.query(
      `INSERT INTO candidates (full_name, email, source, city, created_at)
       SELECT 'Nur Bambang Sudarsono ' || i, 'namesake.' || i || '.' || $2 || '@example.com',
         'manual', $1, now() - interval '1 day' - i * interval '1 minute'
       FROM generate_series(1, 60) AS i`,
      [city, unique()],
    );
    const typo = await addCandidate(t, {
      fullName: 'Nur Hidayah Lestary',
      email: `hidayah.${unique()}@example.com`,
      phone: null,
      city,
    });

    const { status, body } = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${nur.id}/duplicates`,
    );
    expect(status).toBe(200);
    expect(body.items.map((d: { id: string; reasons: string[] }) => [d.id, d.reasons])).toEqual([
      [typo.id, ['similar_name_same_city']],
    ]);
  });

  test('merging two talent-pool members keeps one standing consent, their e-mails and invitations', async () => {
    const job = await buildJob(t, { title: 'Job Kolam' });
    const apply = (email: string) =>
      applyFromCareers(
        t,
        job.id,
        {
          fullName: 'Ratri Kolam',
          email,
          phone: '0813 9000 0777',
          city: 'Solo',
          consent: 'true',
          talentPool: 'true',
          privacyNoticeVersion,
        },
        { name: 'cv.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') },
      );
    await apply('ratri.1@example.com');
    await apply('ratri.2@example.com');
    const [kept, merged] = await t.db.query<{ id: string }>(
      `SELECT id FROM candidates WHERE email IN ('ratri.1@example.com', 'ratri.2@example.com')
       ORDER BY email`,
    );
    const mailsOfMerged = await t.db.query<{ id: string }>(
      'SELECT id FROM email_messages WHERE candidate_id = $1',
      [merged!.id],
    );
    expect(mailsOfMerged.length).toBeGreaterThan(0);
    const reply = await t.call(t.users.recruiter, 'POST', `/api/candidates/${kept!.id}/merge`, {
      duplicateId: merged!.id,
    });
    expect(reply).toEqual({ status: 200, body: { ok: true } });
    const detail = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${kept!.id}`)).body;
    expect(detail.talentPool.status).toBe('member');
    const standing = detail.consents.filter(
      (c: { purpose: string; withdrawnAt: string | null }) =>
        c.purpose === 'talent_pool' && !c.withdrawnAt,
    );
    expect(standing).toHaveLength(1);
    // The merged record's e-mails stay, now with the kept candidate.
    const moved = await t.db.query<{ candidateId: string }>(
      'SELECT candidate_id AS "candidateId" FROM email_messages WHERE id = ANY($1::uuid[])',
      [mailsOfMerged.map((m) => m.id)],
    );
    expect(moved.map((m) => m.candidateId)).toEqual(mailsOfMerged.map(() => kept!.id));
    // Merged from an Indonesian screen (the default): the note reads in Indonesian.
    expect(detail.notes).toContain('Digabung dari data ganda: ');
    expect(detail.notes).toContain('<ratri.2@example.com>');
    expect(detail.notes).not.toContain('Merged duplicate');
  });

  test('a pair HR marks as two people is not flagged again, from either side', async () => {
    const job = await buildJob(t);
    const first = await addCandidate(t, {
      fullName: 'Agus Setiawan',
      email: 'agus.s.1@example.com',
      phone: null,
      city: 'Semarang',
      jobIds: [job.id],
    });
    const second = await addCandidate(t, {
      fullName: 'Agus Setiawan',
      email: 'agus.s.2@example.com',
      phone: null,
      city: 'Semarang',
      jobIds: [job.id],
    });
    const flagged = async (id: string) =>
      (await t.call(t.users.recruiter, 'GET', `/api/candidates/${id}/duplicates`)).body.items.map(
        (d: { id: string }) => d.id,
      );
    expect(await flagged(first.id)).toEqual([second.id]);
    const url = `/api/candidates/${first.id}/not-duplicates`;
    expect(
      (await t.call(t.users.hiringManager, 'POST', url, { duplicateId: second.id })).status,
    ).toBe(403);
    expectInvalid(await t.call(t.users.recruiter, 'POST', url, { duplicateId: first.id }), {
      duplicateId: 'same_candidate',
    });
    const marked = await t.call(t.users.recruiter, 'POST', url, { duplicateId: second.id });
    expect(marked).toEqual({ status: 200, body: { ok: true } });
    expect(await flagged(first.id)).toEqual([]);
    expect(await flagged(second.id)).toEqual([]);
    // Marking again changes nothing; both records stay.
    expect((await t.call(t.users.recruiter, 'POST', url, { duplicateId: second.id })).status).toBe(
      200,
    );
    expect((await t.call(t.users.recruiter, 'GET', `/api/candidates/${second.id}`)).status).toBe(
      200,
    );
  });

  test("a merge keeps the kept record's name, e-mail and phone; the other e-mail and phone go to the notes", async () => {
    const kept = await addCandidate(t, {
      fullName: 'Yusuf Kontak',
      email: 'yusuf.kontak@example.com',
      phone: '0812 7300 0101',
      city: 'Makassar',
    });
    const other = await addCandidate(t, {
      fullName: 'Yusuf Kontak',
      email: 'yusuf.kerja@example.com',
      phone: '0812 7300 0202',
      city: 'Makassar',
    });
    const merged = await t.call(t.users.recruiter, 'POST', `/api/candidates/${kept.id}/merge`, {
      duplicateId: other.id,
      locale: 'en',
    });
    expect(merged.status).toBe(200);
    const { body } = await t.call(t.users.recruiter, 'GET', `/api/candidates/${kept.id}`);
    // As the confirmation says (mergedContact): the record staying keeps its own details ...
    expect(body).toMatchObject({
      fullName: 'Yusuf Kontak',
      email: 'yusuf.kontak@example.com',
      phone: '+6281273000101',
    });
    // ... and the other e-mail and phone are kept in the notes, on the "Merged duplicate" line.
    expect(body.notes).toContain(
      'Merged duplicate: Yusuf Kontak <yusuf.kerja@example.com>, +6281273000202',
    );
  });

  test('merge keeps every application, event, file and consent, in one candidate', async () => {
    const jobA = await buildJob(t, { title: 'Job A' });
    const jobB = await buildJob(t, { title: 'Job B' });
    const kept = await addCandidate(t, {
      fullName: 'Budi Hartono',
      email: 'budi.h@example.com',
      phone: null,
      tags: ['golang'],
      notes: 'Referred by Andi.',
      jobIds: [jobA.id],
    });
    // The same person applies again from the careers page, to both jobs.
    const fields = {
      fullName: 'Budi Hartono',
      email: 'budi.h@example.com',
      phone: '0813 9000 0002',
      city: 'Surabaya',
      consent: 'true',
      // In the talent pool, so HR may also put the duplicate forward for job A.
      talentPool: 'true',
      privacyNoticeVersion,
    };
    const pdf = await makePdf(['Budi Hartono', 'Pengalaman 5 tahun dengan Golang dan Kafka.']);
    await applyFromCareers(t, jobB.id, fields, { name: 'budi.pdf', bytes: pdf });
    const duplicates = (
      await t.call(t.users.recruiter, 'GET', `/api/candidates/${kept.id}/duplicates`)
    ).body.items;
    expect(duplicates).toHaveLength(1);
    const duplicateId = duplicates[0].id as string;
    await waitForCvText(t, duplicateId);
    // The duplicate also applied to job A and got further there than the kept record.
    const second = await t.call(t.users.recruiter, 'POST', '/api/applications', {
      candidateId: duplicateId,
      jobId: jobA.id,
    });
    expect((await moveTo(t, second.body.id, 'cv_screening')).status).toBe(200);

    expect(
      (
        await t.call(t.users.hiringManager, 'POST', `/api/candidates/${kept.id}/merge`, {
          duplicateId,
        })
      ).status,
    ).toBe(403);
    // The note naming the duplicate is written in the merging user's language.
    const merged = await t.call(t.users.recruiter, 'POST', `/api/candidates/${kept.id}/merge`, {
      duplicateId,
      locale: 'en',
    });
    expect(merged).toEqual({ status: 200, body: { ok: true } });

    const { body } = await t.call(t.users.recruiter, 'GET', `/api/candidates/${kept.id}`);
    expect(
      body.applications.map((a: { jobId: string; stage: string }) => [a.jobId, a.stage]).sort(),
    ).toEqual(
      [
        [jobA.id, 'cv_screening'],
        [jobB.id, 'applied'],
      ].sort(),
    );
    const jobAApplication = body.applications.find((a: { jobId: string }) => a.jobId === jobA.id);
    // Both records' history on job A is kept (newest first), on the application that stayed.
    expect(jobAApplication.history.map((e: { toStage: string }) => e.toStage)).toEqual([
      'cv_screening',
      'applied',
      'applied',
    ]);
    expect(body).toMatchObject({
      email: 'budi.h@example.com',
      phone: '+6281390000002',
      city: 'Surabaya',
      tags: ['golang'],
      cvFiles: [{ fileName: 'budi.pdf', textStatus: 'extracted' }],
      consents: expect.arrayContaining([
        expect.objectContaining({ purpose: 'recruitment' }),
        expect.objectContaining({ purpose: 'talent_pool' }),
      ]),
      talentPool: { status: 'member' },
    });
    expect(body.notes).toContain('Referred by Andi.');
    expect(body.notes).toContain('Merged duplicate: Budi Hartono');
    expect((await t.call(t.users.recruiter, 'GET', `/api/candidates/${duplicateId}`)).status).toBe(
      404,
    );
    // The CV moved with its text: the kept candidate is found by a word from it.
    const found = await t.call(t.users.recruiter, 'GET', '/api/candidates?q=kafka');
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([kept.id]);
  });

  test("two careers applications to the same job merge into one that keeps both records' data", async () => {
    const job = await buildJob(t, { title: 'Backend Developer' });
    const fields = applicantFields('Dewi Lestari Wibowo', 'dewi.merge@example.com', {
      phone: '0812-3456-7816',
      city: 'Jakarta Selatan',
    });
    const cv = { name: 'cv-dewi.pdf', bytes: await makePdf(['Dewi', 'PostgreSQL']) };
    const first = await applyFromCareers(t, job.id, fields, cv);
    const second = await applyFromCareers(t, job.id, { ...fields, expectedSalary: '15 juta' }, cv);
    expect([first.status, second.status]).toEqual([201, 201]);
    // A careers application always makes a new candidate: two records, one application each.
    const [[keptApplication, keptId], [mergedApplication, mergedId]] = (
      await t.db.query<{ id: string; candidateId: string }>(
        'SELECT id, candidate_id AS "candidateId" FROM applications WHERE job_id = $1 ORDER BY created_at',
        [job.id],
      )
    ).map((a) => [a.id, a.candidateId] as const) as [[string, string], [string, string]];
    await waitForCvText(t, keptId);
    await waitForCvText(t, mergedId);
    expect((await moveTo(t, keptApplication, 'cv_screening')).status).toBe(200);

    // HR tells the look-alike records apart by their applications.
    const listed = await t.call(t.users.recruiter, 'GET', `/api/candidates/${keptId}/duplicates`);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: mergedId,
        applications: [
          expect.objectContaining({
            jobId: job.id,
            jobTitle: 'Backend Developer',
            stage: 'applied',
            appliedAt: expect.any(String),
          }),
        ],
      }),
    ]);

    const count = async (table: string) =>
      Number(
        (
          await t.db.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${table} x JOIN applications a ON a.id = x.application_id
             WHERE a.candidate_id = ANY($1::uuid[])`,
            [[keptId, mergedId]],
          )
        )[0]!.n,
      );
    const tables = ['application_events', 'cv_files', 'consents', 'salary_expectations'];
    const before = await Promise.all(tables.map(count));
    expect(before.every((n) => n > 0)).toBe(true);

    const merged = await t.call(t.users.recruiter, 'POST', `/api/candidates/${keptId}/merge`, {
      duplicateId: mergedId,
    });
    expect(merged.status).toBe(200);

    // One Backend application, the one further along, holding both records' rows.
    const { body } = await t.call(t.users.recruiter, 'GET', `/api/candidates/${keptId}`);
    expect(body.applications.map((a: { id: string; stage: string }) => [a.id, a.stage])).toEqual([
      [keptApplication, 'cv_screening'],
    ]);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    const salary = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${keptApplication}/salary-expectations`,
    );
    expect(salary.body.latest).toMatchObject({ monthlyAmount: 15_000_000 });
    const audit = await t.db.query<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM audit_log WHERE action = 'candidate.merged' AND entity_id = $1`,
      [keptId],
    );
    expect(audit).toEqual([
      {
        detail: {
          mergedCandidateId: mergedId,
          movedApplications: 1,
          foldedApplicationIds: [mergedApplication],
        },
      },
    ]);
  });

  test("merge keeps an Other source's words: the kept record's own, else the duplicate's; beside a named source, in the merge note", async () => {
    const tag = Date.now().toString(36);
    const add = (name: string, source: 'other' | 'referral', sourceDetail: string | null) =>
      addCandidate(t, {
        fullName: `${name} ${tag}`,
        email: `${name.toLowerCase()}.${tag}@example.com`,
        phone: null,
        source,
        sourceDetail,
      });
    const merge = async (keptId: string, duplicateId: string) => {
      const reply = await t.call(t.users.recruiter, 'POST', `/api/candidates/${keptId}/merge`, {
        duplicateId,
        locale: 'en',
      });
      expect(reply.status).toBe(200);
      return (await t.call(t.users.recruiter, 'GET', `/api/candidates/${keptId}`)).body as {
        source: string;
        sourceDetail: string | null;
        notes: string;
      };
    };
    // The kept record says Other without words: the duplicate's words fill it.
    const bare = await add('Rina', 'other', null);
    const told = await add('Rina2', 'other', 'Instagram');
    expect(await merge(bare.id, told.id)).toMatchObject({
      source: 'other',
      sourceDetail: 'Instagram',
    });
    // The kept record's own words win.
    const own = await add('Sinta', 'other', 'TikTok');
    const other = await add('Sinta2', 'other', 'Koran');
    expect(await merge(own.id, other.id)).toMatchObject({ sourceDetail: 'TikTok' });
    // A named source has no detail: the duplicate's words are kept in the merge note.
    const named = await add('Tono', 'referral', null);
    const worded = await add('Tono2', 'other', 'Bursa kerja UGM');
    const kept = await merge(named.id, worded.id);
    expect(kept).toMatchObject({ source: 'referral', sourceDetail: null });
    expect(kept.notes).toContain(
      `Merged duplicate: Tono2 ${tag} <tono2.${tag}@example.com>, other source: Bursa kerja UGM`,
    );
    // Two referrals: who referred the duplicate fills a kept referral without a name.
    const unnamed = await add('Umi', 'referral', null);
    const byBudi = await add('Umi2', 'referral', 'Budi');
    expect(await merge(unnamed.id, byBudi.id)).toMatchObject({
      source: 'referral',
      sourceDetail: 'Budi',
    });
  });

  test('400 for merging a candidate into itself or an unknown one; nothing changes', async () => {
    const one = await addCandidate(t, {});
    const self = await t.call(t.users.recruiter, 'POST', `/api/candidates/${one.id}/merge`, {
      duplicateId: one.id,
    });
    expect(self.body.error.fields[0]).toMatchObject({
      path: 'duplicateId',
      code: 'same_candidate',
    });
    const unknown = await t.call(t.users.recruiter, 'POST', `/api/candidates/${one.id}/merge`, {
      duplicateId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect((await t.call(t.users.recruiter, 'GET', `/api/candidates/${one.id}`)).status).toBe(200);
  });
});
