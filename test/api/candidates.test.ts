import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { addCandidate, buildJob, candidateInput, moveTo } from '../support/factories';
import { expectError, expectInvalid, unknownId } from '../support/expectations';

let t: TestApp;
let jobId: string;
let otherJobId: string;
beforeAll(async () => {
  t = await createTestApp();
  jobId = (await buildJob(t, { title: 'Content Writer' })).id;
  otherJobId = (await buildJob(t, { title: 'Copywriter' })).id;
});
afterAll(() => t.close());

async function search(q: string) {
  const reply = await t.call(
    t.users.recruiter,
    'GET',
    `/api/candidates?q=${encodeURIComponent(q)}`,
  );
  expect(reply.status).toBe(200);
  return reply.body as { items: { id: string; fullName: string }[]; total: number };
}

describe('POST /api/candidates', () => {
  test('401 without a session', async () => {
    expectError(
      await t.call(null, 'POST', '/api/candidates', candidateInput()),
      401,
      'unauthenticated',
    );
  });

  test('400 names every missing field', async () => {
    expectInvalid(await t.call(t.users.recruiter, 'POST', '/api/candidates', {}), {
      fullName: 'required',
      email: 'required',
      tellCandidate: true,
    });
  });

  test('400 names each bad field by its path', async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ fullName: '  ' }, { fullName: 'required' }],
      [{ email: 'sari@' }, { email: 'invalid_email' }],
      [{ phone: '0812-ABCD-7890' }, { phone: 'invalid_phone' }],
      [{ phone: '+1 415 555 0100' }, { phone: 'invalid_phone' }],
      [{ phone: '0812' }, { phone: 'invalid_phone' }],
      [{ source: 'koran' }, { source: 'invalid_value' }],
      [{ tags: ['ok', ''] }, { 'tags.1': 'required' }],
      [{ tags: 'referral' }, { tags: 'invalid_type' }],
      [{ notes: 'x'.repeat(10_001) }, { notes: 'too_big' }],
      [{ fullName: 'Sari\u0000' }, { fullName: 'invalid_characters' }],
      [{ jobIds: ['bukan-id'] }, { 'jobIds.0': 'invalid_uuid' }],
    ];
    for (const [override, fields] of cases) {
      expectInvalid(
        await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput(override)),
        fields,
      );
    }
  });

  test('400 for a job that does not exist, named at the position it was given', async () => {
    const input = candidateInput({ jobIds: [jobId, jobId, unknownId()] });
    expectInvalid(await t.call(t.users.recruiter, 'POST', '/api/candidates', input), {
      'jobIds.2': 'unknown_job',
    });
    // All or nothing: the candidate was not kept either.
    expect((await search(input.email)).total).toBe(0);
  });

  test('403 for a hiring manager or an interviewer, and nothing is created', async () => {
    const input = candidateInput();
    for (const user of [t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'POST', '/api/candidates', input), 403, 'forbidden');
    }
    expect((await search(input.email)).total).toBe(0);
  });

  test('adds a tidy candidate and applies them to the chosen jobs', async () => {
    const reply = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({
        fullName: '  Dewi   Lestari ',
        email: ' Dewi.Lestari@Example.COM ',
        phone: '+62 813 1111 2222',
        source: 'jobstreet',
        tags: ['Fresh Graduate', 'fresh graduate', ' Bilingual '],
        notes: ' Lulusan UI ',
        jobIds: [jobId, otherJobId, jobId],
      }),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      fullName: 'Dewi Lestari',
      email: 'dewi.lestari@example.com',
      phone: '+6281311112222',
      source: 'jobstreet',
      tags: ['fresh graduate', 'bilingual'],
      notes: 'Lulusan UI',
    });
    const applications = reply.body.applications as {
      jobId: string;
      jobTitle: string;
      stage: string;
      history: { actorName: string; fromStage: string | null; toStage: string }[];
    }[];
    expect(applications.map((a) => a.jobTitle).sort()).toEqual(['Content Writer', 'Copywriter']);
    for (const application of applications) {
      expect(application.stage).toBe('applied');
      expect(application.history).toEqual([
        expect.objectContaining({
          actorName: 'Rina Recruiter',
          fromStage: null,
          toStage: 'applied',
        }),
      ]);
    }
    const read = await t.call(t.users.recruiter, 'GET', `/api/candidates/${reply.body.id}`);
    expect(read.body).toEqual(reply.body);
  });

  test('source, tags, notes and jobs are optional', async () => {
    const reply = await t.call(t.users.admin, 'POST', '/api/candidates', {
      fullName: 'Agus Santoso',
      email: 'agus@example.com',
      tellCandidate: false,
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      phone: null,
      source: 'manual',
      tags: [],
      notes: '',
      applications: [],
    });
  });
});

describe('GET /api/candidates', () => {
  test('401 without a session', async () => {
    expectError(await t.call(null, 'GET', '/api/candidates'), 401, 'unauthenticated');
  });

  test('400 for bad paging', async () => {
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/candidates?page=0&pageSize=101'), {
      page: 'too_small',
      pageSize: 'too_big',
    });
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/candidates?pageSize=banyak'), {
      pageSize: 'invalid_type',
    });
  });

  test('finds candidates by name, e-mail, phone or tag, case-insensitively', async () => {
    // A letter first: an all-digit marker (2% of random hex) would be searched as a phone number.
    const marker = `m${unknownId().slice(0, 7)}`;
    const { id } = await addCandidate(t, {
      fullName: `Putri Anggraini ${marker}`,
      email: `putri.${marker}@example.com`,
      phone: '0857 9999 1234',
      tags: [`tag-${marker}`],
      jobIds: [jobId],
    });
    for (const q of [`ANGGRAINI ${marker}`, `putri.${marker}@`, `TAG-${marker}`]) {
      const found = await search(q);
      expect(found.items.map((c) => c.id)).toEqual([id]);
      expect(found.total).toBe(1);
    }
    expect((await search('85799991234')).items.map((c) => c.id)).toContain(id);
    // Typed the way people write it, not the way it is stored (+6285799991234).
    for (const q of ['0857 9999 1234', '0857-9999-1234', '+62 857 9999 1234']) {
      expect((await search(q)).items.map((c) => c.id)).toEqual([id]);
    }
    const listed = (await search(marker)).items[0] as unknown as {
      applications: { jobId: string; jobTitle: string; stage: string }[];
    };
    expect(listed.applications).toEqual([{ jobId, jobTitle: 'Content Writer', stage: 'applied' }]);
  });

  test('finds a candidate by part of the e-mail or phone, as the placeholder invites', async () => {
    const marker = `m${unknownId().slice(0, 7)}`;
    const { id } = await addCandidate(t, {
      fullName: `Budi Santoso ${marker}`,
      email: `Budi.Santoso.${marker}@GMail.com`,
      phone: '0812 7391 5528',
      jobIds: [jobId],
    });
    const ids = async (q: string) => {
      const reply = await t.call(
        t.users.recruiter,
        'GET',
        `/api/candidates?q=${encodeURIComponent(q)}&pageSize=100`,
      );
      expect(reply.status).toBe(200);
      return (reply.body.items as { id: string }[]).map((c) => c.id);
    };
    // Part of the address, in any case: the domain, the part before the @, a piece across the @.
    expect(await ids('gmail')).toContain(id);
    for (const q of [
      `budi.santoso.${marker}`,
      `BUDI.SANTOSO.${marker.toUpperCase()}`,
      `${marker}@gm`,
    ]) {
      expect(await ids(q), q).toEqual([id]);
    }
    // Part of the number, with or without 0, 62 or +62 in front (stored as +6281273915528).
    for (const q of ['0812', '812', '+62 812', '62812', '0812-7391', '7391 55', '15528']) {
      expect(await ids(q), q).toContain(id);
    }
    // Typed with 0 or +62 the digits are how the number begins, not a piece of its middle.
    for (const q of ['0813', 'gmial', '7391 56', '07391', '+62 7391']) {
      expect(await ids(q), q).not.toContain(id);
    }
  });

  test("a referrer's name finds the candidates they referred, after those it names", async () => {
    const marker = `m${unknownId().slice(0, 7)}`;
    const referrer = `Budi Hartono${marker}`;
    const referred = [];
    for (const fullName of ['Rina Wulandari', 'Agus Salim']) {
      referred.push(
        (
          await t.call(
            t.users.recruiter,
            'POST',
            '/api/candidates',
            candidateInput({ fullName, source: 'referral', sourceDetail: referrer }),
          )
        ).body.id as string,
      );
    }
    const namesake = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ fullName: `Budi Hartono${marker} Putra` }),
    );
    // Another source's words are not a referrer ("Other: Budi Hartono… job fair").
    await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ source: 'other', sourceDetail: `${referrer} job fair` }),
    );
    for (const q of [referrer, `hartono${marker}`]) {
      const found = await search(q);
      expect(
        found.items.map((c) => c.id),
        q,
      ).toEqual([namesake.body.id, ...referred.reverse()]);
      referred.reverse();
    }
  });

  test('a number in the notes is found by its digits, whatever its punctuation', async () => {
    // A landline is no candidate phone (WhatsApp and SMS): the import keeps it in the notes.
    const local = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const written = `(021) ${local.slice(0, 3)}-${local.slice(3)}`;
    const created = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ notes: `Telepon rumah/kantor dari impor: ${written}` }),
    );
    const id = created.body.id as string;
    for (const q of [`${local.slice(0, 3)}-${local.slice(3)}`, local, `021${local}`, written]) {
      expect(
        (await search(q)).items.map((c) => c.id),
        q,
      ).toContain(id);
    }
    // A digit the number does not have next: the random number once had a 9 there and matched.
    const other = local[3] === '9' ? '8' : '9';
    expect((await search(`021${local.slice(0, 3)}${other}`)).items.map((c) => c.id)).not.toContain(
      id,
    );
  });

  test('wildcards in the search text are not wildcards', async () => {
    await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ fullName: 'Diskon 100% Persen' }),
    );
    expect((await search('100%')).total).toBe(1);
    expect((await search('1_0')).total).toBe(0);
    // Search is by words now: a lone symbol is no word, and certainly not "everything".
    expect((await search('%')).total).toBe(0);
  });

  test('pages through the newest first, with the total', async () => {
    const marker = `halaman-${unknownId().slice(0, 8)}`;
    for (let i = 0; i < 3; i++) {
      await t.call(
        t.users.recruiter,
        'POST',
        '/api/candidates',
        candidateInput({ tags: [marker] }),
      );
    }
    const page1 = await t.call(t.users.recruiter, 'GET', `/api/candidates?q=${marker}&pageSize=2`);
    const page2 = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates?q=${marker}&pageSize=2&page=2`,
    );
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.items).toHaveLength(2);
    expect(page2.body).toMatchObject({ total: 3, page: 2 });
    expect(page2.body.items).toHaveLength(1);
    const created = [...page1.body.items, ...page2.body.items].map(
      (c: { createdAt: string }) => c.createdAt,
    );
    expect(created).toEqual([...created].sort().reverse());
  });
});

describe('GET /api/candidates/:candidateId', () => {
  test('401, 400 for a malformed id, 404 for an unknown one', async () => {
    expectError(
      await t.call(null, 'GET', `/api/candidates/${unknownId()}`),
      401,
      'unauthenticated',
    );
    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/candidates/42'), {
      candidateId: 'invalid_uuid',
    });
    expectError(
      await t.call(t.users.recruiter, 'GET', `/api/candidates/${unknownId()}`),
      404,
      'not_found',
    );
  });
});

describe('PUT /api/candidates/:candidateId', () => {
  test('401, 400 per field, 403 for non-HR, 404 for unknown, and nothing changes', async () => {
    const created = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ fullName: 'Rudi Hartono', jobIds: [jobId] }),
    );
    const url = `/api/candidates/${created.body.id}`;
    const edit = { ...candidateInput(), fullName: 'Rudi H.' };
    expectError(await t.call(null, 'PUT', url, edit), 401, 'unauthenticated');
    expectInvalid(
      await t.call(t.users.recruiter, 'PUT', url, { ...edit, phone: 'nomor saya', email: '' }),
      {
        phone: 'invalid_phone',
        // Left empty: required first, the format only once there is something to check.
        email: 'required',
      },
    );
    expectError(await t.call(t.users.hiringManager, 'PUT', url, edit), 403, 'forbidden');
    expectError(
      await t.call(t.users.recruiter, 'PUT', `/api/candidates/${unknownId()}`, edit),
      404,
      'not_found',
    );
    expect((await t.call(t.users.recruiter, 'GET', url)).body.fullName).toBe('Rudi Hartono');
  });

  test('edits the details, keeps the applications, and clears the phone', async () => {
    const created = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ jobIds: [jobId] }),
    );
    const reply = await t.call(t.users.recruiter, 'PUT', `/api/candidates/${created.body.id}`, {
      fullName: 'Sari Rahmawati',
      email: 'SARI.R@example.com',
      phone: null,
      source: 'referral',
      tags: ['Referral'],
      notes: 'Direferensikan oleh Budi',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      fullName: 'Sari Rahmawati',
      email: 'sari.r@example.com',
      phone: null,
      source: 'referral',
      tags: ['referral'],
      notes: 'Direferensikan oleh Budi',
    });
    expect(reply.body.applications).toHaveLength(1);
  });
});

describe('POST /api/applications', () => {
  test('401, 400 per field, 403 for non-HR, 404 for an unknown candidate', async () => {
    const created = await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput());
    const body = { candidateId: created.body.id, jobId };
    expectError(await t.call(null, 'POST', '/api/applications', body), 401, 'unauthenticated');
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', '/api/applications', { candidateId: 'x' }),
      {
        candidateId: 'invalid_uuid',
        jobId: 'required',
      },
    );
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', '/api/applications', { ...body, jobId: unknownId() }),
      { jobId: 'unknown_job' },
    );
    expectError(
      await t.call(t.users.hiringManager, 'POST', '/api/applications', body),
      403,
      'forbidden',
    );
    expectError(
      await t.call(t.users.recruiter, 'POST', '/api/applications', {
        ...body,
        candidateId: unknownId(),
      }),
      404,
      'not_found',
    );
    const read = await t.call(t.users.recruiter, 'GET', `/api/candidates/${created.body.id}`);
    expect(read.body.applications).toEqual([]);
  });

  test('applies a candidate to a job once', async () => {
    const created = await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput());
    const body = { candidateId: created.body.id, jobId: otherJobId };
    const applied = await t.call(t.users.recruiter, 'POST', '/api/applications', body);
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({
      candidateId: created.body.id,
      jobId: otherJobId,
      stage: 'applied',
      hrGateCleared: false,
      testsEnabled: false,
    });
    const again = await t.call(t.users.recruiter, 'POST', '/api/applications', body);
    expect(expectError(again, 409, 'conflict')).toEqual([
      { path: 'jobId', code: 'already_applied', message: expect.any(String) },
    ]);
    // Even after a rejection the candidate is not applied a second time; HR reopens instead.
    await moveTo(t, applied.body.id, 'rejected', { rejectionReason: 'cv_not_matching' });
    expectError(
      await t.call(t.users.recruiter, 'POST', '/api/applications', body),
      409,
      'conflict',
    );
  });
});
