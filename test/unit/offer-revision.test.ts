import { describe, expect, it } from 'vitest';
import { revisedTerms, revisedTermsText } from '../../src/domain/offers/offer-revision';
import type { OfferTerms } from '../../src/domain/offers/offer-terms';

const first: OfferTerms = {
  jobTitle: 'Analis Data',
  contractType: 'pkwtt',
  contractMonths: null,
  probationMonths: 3,
  grossMonthlySalary: 12_000_000,
  allowances: [{ name: 'Transport', monthlyAmount: 500_000 }],
  benefits: ['Asuransi keluarga'],
  thr: true,
  bpjsKesehatan: true,
  bpjsKetenagakerjaan: true,
  workingDays: 'Senin-Jumat',
  workingHours: '09.00-18.00',
  workLocation: 'Jakarta',
  workMode: 'hybrid',
  startDate: '2027-01-04',
  expiresOn: '2026-12-12',
  note: '',
};

describe('revisedTerms', () => {
  it('names only the parts that differ, in the order a letter lists them', () => {
    const revised = { ...first, startDate: '2027-02-01', grossMonthlySalary: 13_000_000 };
    expect(revisedTerms(first, revised)).toEqual(['grossMonthlySalary', 'startDate']);
  });

  it('sees a changed allowance amount, a BPJS tick and the contract length as changes', () => {
    const revised: OfferTerms = {
      ...first,
      allowances: [{ name: 'Transport', monthlyAmount: 750_000 }],
      bpjsKetenagakerjaan: false,
    };
    expect(revisedTerms(first, revised)).toEqual(['allowances', 'bpjs']);
    const pkwt12 = { ...first, contractType: 'pkwt' as const, contractMonths: 12 };
    expect(revisedTerms(pkwt12, { ...pkwt12, contractMonths: 24 })).toEqual(['contract']);
  });

  it('does not count spaces around the same words as a change', () => {
    expect(revisedTerms(first, { ...first, workLocation: ' Jakarta ', note: ' ' })).toEqual([]);
  });
});

describe('revisedTermsText', () => {
  it('reads as a list of names in the candidate language, without any amount', () => {
    expect(revisedTermsText(['grossMonthlySalary', 'startDate'], 'id')).toBe(
      'gaji pokok, tanggal mulai',
    );
    expect(revisedTermsText(['grossMonthlySalary', 'startDate'], 'en')).toBe(
      'base salary, start date',
    );
  });

  it('says so when a revision changed nothing', () => {
    expect(revisedTermsText([], 'id')).toBe('syaratnya tidak berubah');
    expect(revisedTermsText([], 'en')).toBe('the terms are unchanged');
  });
});
