import { describe, expect, test } from 'vitest';
import {
  letterDate,
  offerLetterValues,
  sampleOfferLetterTerms,
  type OfferLetterTerms,
} from '../../src/domain/offer-letter/offer-letter-terms';
import {
  checkOfferLetterTemplate,
  defaultOfferLetterTemplates,
  writeOfferLetter,
} from '../../src/domain/offer-letter/offer-letter-template';
import { renderOfferLetter } from '../../src/services/offer-letters/render-offer-letter';
import { pdfPageCount, pdfText } from '../support/pdf-text';

const terms: OfferLetterTerms = {
  companyName: 'PT Pasar Rakyat Digital',
  candidateName: 'Budi Santoso',
  jobTitle: 'Backend Engineer',
  contractType: 'pkwt',
  contractMonths: 12,
  probationMonths: 0,
  grossMonthlySalary: 8_500_000,
  allowances: [
    { name: 'Transport', monthlyAmount: 500_000 },
    { name: 'Makan', monthlyAmount: 400_000 },
  ],
  benefits: ['Laptop kerja'],
  thr: true,
  bpjsKesehatan: true,
  bpjsKetenagakerjaan: false,
  workingDays: 'Senin-Jumat',
  workingHours: '08.00-17.00 WIB',
  workLocation: 'Bandung',
  workMode: 'onsite',
  offerDate: '2026-12-04',
  startDate: '2027-01-11',
  expiresOn: '2026-12-18',
  note: 'Mohon membawa KTP asli pada hari pertama.',
};

describe('the offer letter template', () => {
  test('the built-in texts pass their own check in both languages', () => {
    for (const template of Object.values(defaultOfferLetterTemplates)) {
      expect(checkOfferLetterTemplate(template).ok).toBe(true);
    }
  });

  test('an unknown placeholder is a field error naming it, in the title or the body', () => {
    const result = checkOfferLetterTemplate({
      title: 'Penawaran {{posisi}}',
      body: 'Gaji {{salary}} untuk {{candidateName}}',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => [p.path, p.code])).toEqual([
        ['title', 'unknown_placeholder'],
        ['body', 'unknown_placeholder'],
      ]);
      expect(result.problems[1]!.message).toContain('{{salary}}');
    }
  });

  test('an empty title or body is required', () => {
    const result = checkOfferLetterTemplate({ title: '  ', body: '' });
    expect(!result.ok && result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'title:required',
      'body:required',
    ]);
  });

  test('fills the terms in Indonesian: contract, amounts the Indonesian way, dates in words', () => {
    const values = offerLetterValues(terms, 'id');
    expect(values.contractType).toBe('Perjanjian Kerja Waktu Tertentu (PKWT) selama 12 bulan');
    expect(values.probation).toBe('Tanpa masa percobaan');
    expect(values.grossMonthlySalary).toBe('Rp\u00a08.500.000 per bulan');
    expect(values.allowances).toBe(
      '- Transport: Rp\u00a0500.000 per bulan\n- Makan: Rp\u00a0400.000 per bulan',
    );
    expect(values.bpjs).toBe('BPJS Kesehatan');
    expect(values.startDate).toBe('11 Januari 2027');
  });

  test('fills the terms in English with the same Rupiah format', () => {
    const values = offerLetterValues({ ...terms, contractType: 'pkwtt', probationMonths: 3 }, 'en');
    expect(values.contractType).toBe('Permanent employment (PKWTT)');
    expect(values.probation).toBe('3 months');
    expect(values.grossMonthlySalary).toBe('Rp\u00a08.500.000 per month');
    expect(letterDate('2026-12-18', 'en')).toBe('18 December 2026');
  });

  test('an empty note leaves no run of blank lines', () => {
    const { lines } = writeOfferLetter(
      defaultOfferLetterTemplates.id,
      { ...terms, note: '' },
      'id',
    );
    const blankRuns = lines.filter((line, i) => line === '' && lines[i - 1] === '');
    expect(blankRuns).toEqual([]);
  });
});

describe('empty sections', () => {
  const bare = {
    ...terms,
    allowances: [],
    benefits: [],
    workingDays: '',
    workingHours: '',
    workLocation: '',
    note: '',
  };

  test.each(['id', 'en'] as const)(
    'are left out, headings too, with no lone dash (%s)',
    (locale) => {
      const { lines } = writeOfferLetter(defaultOfferLetterTemplates[locale], bare, locale);
      expect(lines).not.toContain('-');
      expect(
        lines.some((line) =>
          /^(Tunjangan tetap|Fixed allowances|Fasilitas lain|Other benefits):/.test(line),
        ),
      ).toBe(false);
      expect(
        lines.some((line) => /^(Hari kerja|Working days|Jam kerja|Working hours):/.test(line)),
      ).toBe(false);
      expect(lines.some((line) => /: , /.test(line))).toBe(false);
      // The terms stay one block: no blank line where a list was.
      const salary = lines.findIndex((line) => /^(Gaji bruto|Gross salary):/.test(line));
      expect(lines[salary + 1]).toMatch(/^THR:/);
    },
  );

  test('a list with items keeps its heading', () => {
    const { lines } = writeOfferLetter(defaultOfferLetterTemplates.en, terms, 'en');
    expect(lines).toContain('Fixed allowances:');
  });
});

describe('renderOfferLetter', () => {
  test('writes a PDF whose text reads back in Indonesian', async () => {
    const text = await pdfText(
      await renderOfferLetter(terms, defaultOfferLetterTemplates.id, 'id'),
    );
    expect(text).toContain('PT Pasar Rakyat Digital');
    expect(text).toContain('Surat Penawaran Kerja');
    expect(text).toContain('4 Desember 2026');
    expect(text).toContain('Yth. Budi Santoso,');
    expect(text).toContain('Gaji bruto: Rp 8.500.000 per bulan');
    expect(text).toContain('- Transport: Rp 500.000 per bulan');
    expect(text).toContain('PKWT');
    expect(text).toContain('Tanggal mulai bekerja: 11 Januari 2027');
    expect(text).toContain('berlaku sampai dengan 18 Desember 2026');
    expect(text).toContain('Mohon membawa KTP asli pada hari pertama.');
  });

  test('writes the English letter from the English template', async () => {
    const text = await pdfText(
      await renderOfferLetter(terms, defaultOfferLetterTemplates.en, 'en'),
    );
    expect(text).toContain('Offer Letter');
    expect(text).toContain('Dear Budi Santoso,');
    expect(text).toContain('Gross salary: Rp 8.500.000 per month');
    expect(text).toContain('Start date: 11 January 2027');
    expect(text).not.toContain('Surat Penawaran Kerja');
  });

  test('uses the admin’s own wording', async () => {
    const template = { title: 'Penawaran untuk {{jobTitle}}', body: 'Halo {{candidateName}}!' };
    const text = await pdfText(await renderOfferLetter(terms, template, 'id'));
    expect(text).toContain('Penawaran untuk Backend Engineer');
    expect(text).toContain('Halo Budi Santoso!');
    expect(text).not.toContain('Gaji bruto');
  });

  test('keeps a name with letters outside the PDF fonts readable', async () => {
    const text = await pdfText(
      await renderOfferLetter(
        { ...terms, candidateName: 'Zoë Łukasz Nguyễn' },
        defaultOfferLetterTemplates.en,
        'en',
      ),
    );
    expect(text).toContain('Dear Zoë Lukasz Nguyen,');
  });

  test('wraps long text and continues on a second page', async () => {
    const note = Array.from({ length: 80 }, (_, i) => `Ketentuan tambahan nomor ${i + 1}.`).join(
      '\n',
    );
    const bytes = await renderOfferLetter({ ...terms, note }, defaultOfferLetterTemplates.id, 'id');
    expect(await pdfPageCount(bytes)).toBeGreaterThan(1);
    const text = await pdfText(bytes);
    expect(text).toContain('Ketentuan tambahan nomor 80.');
    expect(text).toContain('Hormat kami,');
  });

  test('the sample terms fill every placeholder of the preview', async () => {
    const sample = sampleOfferLetterTerms('PT Contoh', 'en');
    const text = await pdfText(
      await renderOfferLetter(sample, defaultOfferLetterTemplates.en, 'en'),
    );
    expect(text).not.toMatch(/\{\{/);
    expect(text).toContain('Rp 12.500.000');
  });
});
