import { describe, expect, it } from 'vitest';
import { provinces } from '../../src/domain/province';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import { pdfText } from '../support/pdf-text';
import { testMail, useTestApp } from '../support/test-app';

interface WageOut {
  id: string;
  province: string;
  city: string | null;
  year: number;
  monthlyAmount: number;
  decree: string;
  updatedByName: string | null;
}

describe('minimum wages (admins)', () => {
  const t = useTestApp();

  const list = async (): Promise<WageOut[]> =>
    (await t.call(t.users.admin, 'GET', '/api/admin/minimum-wages')).body.items;

  it('starts with the 2025 UMP of all 38 provinces, each with its decree', async () => {
    const ump2025 = (await list()).filter((w) => w.year === 2025 && w.city === null);
    expect(ump2025.map((w) => w.province).sort()).toEqual([...provinces].sort());
    const jakarta = ump2025.find((w) => w.province === 'dki_jakarta')!;
    expect(jakarta.monthlyAmount).toBe(5_396_761);
    expect(jakarta.decree).toBe(
      'Keputusan Gubernur DKI Jakarta tentang Upah Minimum Provinsi Tahun 2025',
    );
    expect(ump2025.every((w) => w.decree.length > 0)).toBe(true);
  });

  it('adds a city minimum wage, corrects it and deletes it, recording who changed it', async () => {
    const input = {
      province: 'jawa_barat',
      city: ' Kota Bekasi ',
      year: 2026,
      monthlyAmount: 5_690_753,
      decree: 'Keputusan Gubernur Jawa Barat tentang UMK 2026',
    };
    const added = await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', input);
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ city: 'Kota Bekasi', monthlyAmount: 5_690_753 });
    expect(added.body.updatedByName).toBe(
      (await t.call(t.users.admin, 'GET', '/api/auth/me')).body.user.name,
    );

    const corrected = await t.call(
      t.users.admin,
      'PUT',
      `/api/admin/minimum-wages/${added.body.id}`,
      { ...input, monthlyAmount: 5_700_000 },
    );
    expect(corrected.body.monthlyAmount).toBe(5_700_000);
    expect((await list()).find((w) => w.id === added.body.id)?.monthlyAmount).toBe(5_700_000);

    const deleted = await t.call(
      t.users.admin,
      'DELETE',
      `/api/admin/minimum-wages/${added.body.id}`,
    );
    expect(deleted.status).toBe(200);
    expect((await list()).some((w) => w.id === added.body.id)).toBe(false);
    expectError(
      await t.call(t.users.admin, 'DELETE', `/api/admin/minimum-wages/${added.body.id}`),
      404,
      'not_found',
    );

    const { body: audit } = await t.call(t.users.admin, 'GET', '/api/admin/audit-log');
    const actions = audit.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'minimum_wage.added',
        'minimum_wage.changed',
        'minimum_wage.deleted',
      ]),
    );
  });

  it('names each bad field and saves nothing', async () => {
    const before = (await list()).length;
    const reply = await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', {
      province: 'atlantis',
      city: null,
      year: 1990,
      monthlyAmount: -5,
      decree: '  ',
    });
    expectInvalid(reply, {
      province: 'unknown_province',
      year: 'invalid_year',
      monthlyAmount: 'amount_not_positive',
      decree: 'decree_required',
    });
    expectInvalid(
      await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', {
        province: 'bali',
        year: 2026,
        monthlyAmount: 3_000_000.5,
        decree: 'Kepgub',
      }),
      { monthlyAmount: 'amount_not_whole' },
    );
    expect((await list()).length).toBe(before);
  });

  it('reads the year and the amount as typed, naming unreadable text beside the other fields', async () => {
    const before = (await list()).length;
    // The form as a new admin left it: no province, an old year, "abc" for the amount, no decree.
    expectInvalid(
      await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', {
        province: '',
        city: null,
        year: '1990',
        monthlyAmount: 'abc',
        decree: '',
      }),
      {
        province: 'unknown_province',
        year: 'invalid_year',
        monthlyAmount: 'invalid_amount',
        decree: 'decree_required',
      },
    );
    expectInvalid(
      await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', {
        province: 'bali',
        year: 'dua ribu',
        monthlyAmount: ' ',
        decree: 'Kepgub',
      }),
      { year: 'invalid_year', monthlyAmount: 'amount_required' },
    );
    expect((await list()).length).toBe(before);
    const added = await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', {
      province: 'bali',
      city: 'Kabupaten Badung',
      year: ' 2027 ',
      monthlyAmount: 'Rp 3,5 juta',
      decree: 'Keputusan Gubernur Bali tentang UMK 2027',
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ year: 2027, monthlyAmount: 3_500_000 });
  });

  it('refuses a second row for the same region and year (any case of the city)', async () => {
    const input = {
      province: 'bali',
      city: 'Kota Denpasar',
      year: 2026,
      monthlyAmount: 3_500_000,
      decree: 'Keputusan Gubernur Bali',
    };
    expect((await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', input)).status).toBe(
      200,
    );
    const again = await t.call(t.users.admin, 'POST', '/api/admin/minimum-wages', {
      ...input,
      city: 'KOTA DENPASAR',
    });
    expectError(again, 409, 'conflict');
    expect(again.body.error.fields[0]).toMatchObject({ path: 'year', code: 'minimum_wage_exists' });
    const ump = (await list()).find((w) => w.province === 'bali' && w.city === null)!;
    expectError(
      await t.call(t.users.admin, 'PUT', `/api/admin/minimum-wages/${ump.id}`, {
        ...input,
        city: 'kota denpasar',
      }),
      409,
      'conflict',
    );
  });

  it('is for admins only, and an unknown row is a 404', async () => {
    for (const user of [t.users.recruiter, t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'GET', '/api/admin/minimum-wages'), 403, 'forbidden');
    }
    expectError(
      await t.call(t.users.admin, 'PUT', `/api/admin/minimum-wages/${unknownId()}`, {
        province: 'bali',
        year: 2030,
        monthlyAmount: 3_000_000,
        decree: 'Kepgub',
      }),
      404,
      'not_found',
    );
  });
});

describe('offer approval settings (admins)', () => {
  const t = useTestApp();

  it('names an approver from the eligible users and requires approval of every offer', async () => {
    const { body: before } = await t.call(t.users.admin, 'GET', '/api/admin/offer-settings');
    expect(before).toMatchObject({ everyOfferNeedsApproval: false, approver: null });
    const eligible = before.eligibleApprovers.map((user: { id: string }) => user.id);
    expect(eligible).toContain(t.users.hiringManager.id);
    expect(eligible).not.toContain(t.users.interviewer.id);

    const saved = await t.call(t.users.admin, 'PUT', '/api/admin/offer-settings', {
      everyOfferNeedsApproval: true,
      approverId: t.users.hiringManager.id,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.everyOfferNeedsApproval).toBe(true);
    expect(saved.body.approver.id).toBe(t.users.hiringManager.id);
    const { body: after } = await t.call(t.users.admin, 'GET', '/api/admin/offer-settings');
    expect(after.approver.id).toBe(t.users.hiringManager.id);
  });

  it('refuses an interviewer or an unknown user as approver and changes nothing', async () => {
    for (const approverId of [t.users.interviewer.id, unknownId()]) {
      expectInvalid(
        await t.call(t.users.admin, 'PUT', '/api/admin/offer-settings', {
          everyOfferNeedsApproval: false,
          approverId,
        }),
        { approverId: 'approver_not_eligible' },
      );
    }
    const { body } = await t.call(t.users.admin, 'GET', '/api/admin/offer-settings');
    expect(body.everyOfferNeedsApproval).toBe(true);
    expect(body.approver.id).toBe(t.users.hiringManager.id);
    expectError(
      await t.call(t.users.recruiter, 'PUT', '/api/admin/offer-settings', {
        everyOfferNeedsApproval: false,
        approverId: null,
      }),
      403,
      'forbidden',
    );
  });
});

describe('the offer letter template (admins)', () => {
  const t = useTestApp();

  const preview = (locale: 'id' | 'en', template: { title: string; body: string }) =>
    t.app.inject({
      method: 'POST',
      url: `/api/admin/offer-letter-templates/${locale}/preview`,
      headers: { cookie: t.users.admin.cookie },
      payload: template,
    });

  it('lists the built-in wording in both languages with its placeholders', async () => {
    const { body } = await t.call(t.users.admin, 'GET', '/api/admin/offer-letter-templates');
    const byLocale = Object.fromEntries(
      body.templates.map((x: { locale: string }) => [x.locale, x]),
    );
    expect(byLocale.id).toMatchObject({ title: 'Surat Penawaran Kerja', customized: false });
    expect(byLocale.en).toMatchObject({ title: 'Offer Letter', customized: false });
    expect(byLocale.id.placeholders).toContain('grossMonthlySalary');
  });

  it('previews the wording as a PDF with a sample offer and the company name', async () => {
    const reply = await preview('id', {
      title: 'Surat Penawaran Kerja',
      body: 'Yth. {{candidateName}},\nGaji: {{grossMonthlySalary}}\nMulai: {{startDate}}',
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-disposition']).toContain('surat-penawaran-kerja.pdf');
    const text = await pdfText(reply.rawPayload);
    expect(text).toContain('Surat Penawaran Kerja');
    expect(text).toContain('PT Pasar Rakyat Digital');
    expect(text).toContain('Yth. Siti Rahmawati,');
    expect(text).toContain('Gaji: Rp 12.500.000 per bulan');
    expect(text).toContain('Mulai: 4 Januari 2027');
  });

  it('refuses an unknown placeholder in the preview and the save, naming it', async () => {
    const bad = { title: 'Offer Letter', body: 'Your pay: {{salary}}' };
    const reply = await preview('en', bad);
    expect(reply.statusCode).toBe(400);
    expect(reply.json().error.fields[0]).toMatchObject({
      path: 'body',
      code: 'unknown_placeholder',
    });
    const saved = await t.call(t.users.admin, 'PUT', '/api/admin/offer-letter-templates/en', bad);
    const [field] = expectInvalid(saved, { body: 'unknown_placeholder' });
    expect(field!.message).toContain('{{salary}}');
    const { body } = await t.call(t.users.admin, 'GET', '/api/admin/offer-letter-templates');
    expect(body.templates.find((x: { locale: string }) => x.locale === 'en').customized).toBe(
      false,
    );
  });

  it('saves the wording, which the next letter uses, and goes back to the built-in text', async () => {
    const saved = await t.call(t.users.admin, 'PUT', '/api/admin/offer-letter-templates/en', {
      title: 'Employment Offer - {{jobTitle}}',
      body: 'Hello {{candidateName}}, welcome to {{companyName}}.',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      customized: true,
      title: 'Employment Offer - {{jobTitle}}',
    });
    const { offerLetterPdf } =
      await import('../../src/services/offer-letters/offer-letter-template-service');
    const { sampleOfferLetterTerms } =
      await import('../../src/domain/offer-letter/offer-letter-terms');
    const terms = { ...sampleOfferLetterTerms('ignored', 'en'), candidateName: 'Andi Wijaya' };
    const text = await pdfText(await offerLetterPdf(t.db, testMail, terms, 'en'));
    expect(text).toContain('Employment Offer - Senior Data Analyst');
    expect(text).toContain('Hello Andi Wijaya, welcome to PT Pasar Rakyat Digital.');

    const reset = await t.call(t.users.admin, 'DELETE', '/api/admin/offer-letter-templates/en');
    expect(reset.body).toMatchObject({ customized: false, title: 'Offer Letter' });
    const again = await pdfText(await offerLetterPdf(t.db, testMail, terms, 'en'));
    expect(again).toContain('Dear Andi Wijaya,');
  });

  it('is for admins only', async () => {
    expectError(
      await t.call(t.users.recruiter, 'GET', '/api/admin/offer-letter-templates'),
      403,
      'forbidden',
    );
    const asRecruiter = await t.app.inject({
      method: 'POST',
      url: '/api/admin/offer-letter-templates/id/preview',
      headers: { cookie: t.users.recruiter.cookie },
      payload: { title: 'x', body: 'y' },
    });
    expect(asRecruiter.statusCode).toBe(403);
  });
});
