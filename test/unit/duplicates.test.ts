import { describe, expect, test } from 'vitest';
import {
  applicationToKeep,
  duplicateReasonsBetween,
  mergedContact,
  mergedDuplicateNote,
  nameSimilarity,
  nameWords,
  normaliseName,
} from '../../src/domain/duplicates';

const sari = {
  fullName: 'Sari Rahmawati',
  email: 'sari@example.com',
  phone: '+6281234567890',
  city: 'Bandung',
};

describe('names', () => {
  test('normalised for comparison: case, accents, punctuation, spaces', () => {
    expect(normaliseName('  Siti  Nur’aini ')).toBe('siti nuraini');
    expect(normaliseName('JOSÉ Müller-Lüdenscheidt')).toBe('jose muller ludenscheidt');
    // Plain ASCII names take a shorter way; anything beyond single spaces between words does not.
    expect(normaliseName('Jakarta SELATAN 2')).toBe('jakarta selatan 2');
    expect(normaliseName('Budi  Santoso')).toBe('budi santoso');
    expect(normaliseName('Budi Santoso ')).toBe('budi santoso');
    expect(normaliseName('Budi\tSantoso')).toBe('budi santoso');
    expect(normaliseName("O'Neil Siregar")).toBe('oneil siregar');
  });

  test('similar despite typos, order and accents; different names are not', () => {
    expect(nameSimilarity('Sari Rahmawati', 'sari rahmawati')).toBe(1);
    expect(nameSimilarity('Sari Rahmawati', 'Rahmawati Sari')).toBe(1);
    expect(nameSimilarity('Sari Rahmawati', 'Sari Rahmawatti')).toBeGreaterThan(0.6);
    expect(nameSimilarity('Dewi Lestari', 'Déwi Lestari')).toBe(1);
    expect(nameSimilarity('Sari Rahmawati', 'Budi Santoso')).toBeLessThan(0.2);
    expect(nameSimilarity('Sari Rahmawati', 'Sari Wulandari')).toBeLessThan(0.55);
    expect(nameSimilarity('', 'Sari')).toBe(0);
  });

  test('words worth looking up', () => {
    expect(nameWords('M. Rizky  Pratama')).toEqual(['rizky', 'pratama']);
  });
});

describe('duplicateReasonsBetween', () => {
  test('the same e-mail (any case) or the same phone', () => {
    expect(
      duplicateReasonsBetween(sari, {
        ...sari,
        fullName: 'S. R.',
        email: 'SARI@example.com ',
        phone: null,
      }),
    ).toEqual(['same_email']);
    expect(
      duplicateReasonsBetween(sari, { ...sari, fullName: 'Someone', email: 'x@y.id', city: null }),
    ).toEqual(['same_phone']);
  });

  test('a very similar name counts only in the same city', () => {
    const other = { fullName: 'sari rahmawatii', email: 'sr@y.id', phone: null, city: ' bandung' };
    expect(duplicateReasonsBetween(sari, { ...other, city: 'Bandung' })).toEqual([
      'similar_name_same_city',
    ]);
    expect(duplicateReasonsBetween(sari, { ...other, city: 'Surabaya' })).toEqual([]);
    expect(duplicateReasonsBetween(sari, { ...other, city: null })).toEqual([]);
  });

  test('all reasons at once for a true copy', () => {
    expect(duplicateReasonsBetween(sari, sari)).toEqual([
      'same_email',
      'same_phone',
      'similar_name_same_city',
    ]);
  });
});

describe('applicationToKeep when both records applied to the same job', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day));
  test('the one further along; active over rejected; on a tie the earlier one', () => {
    const applied = { id: 'a', stage: 'applied', createdAt: at(1) };
    const hr = { id: 'b', stage: 'hr_interview', createdAt: at(5) };
    const rejected = { id: 'c', stage: 'rejected', createdAt: at(1) };
    expect(applicationToKeep(applied, hr)).toBe(hr);
    expect(applicationToKeep(rejected, applied)).toBe(applied);
    expect(applicationToKeep({ ...applied, id: 'later', createdAt: at(9) }, applied)).toBe(applied);
  });
});

describe('mergedDuplicateNote', () => {
  const merged = { fullName: 'Budi Hartono', email: 'budi.h@example.com', phone: '+6281390000002' };
  test("is written in the merging user's language, with the duplicate's contact details", () => {
    expect(mergedDuplicateNote(merged, 'id')).toBe(
      'Digabung dari data ganda: Budi Hartono <budi.h@example.com>, +6281390000002',
    );
    expect(mergedDuplicateNote({ ...merged, phone: null }, 'en')).toBe(
      'Merged duplicate: Budi Hartono <budi.h@example.com>',
    );
    expect(mergedDuplicateNote({ ...merged, phone: null }, 'id', 'Instagram')).toBe(
      'Digabung dari data ganda: Budi Hartono <budi.h@example.com>, sumber lain: Instagram',
    );
  });
});

describe('mergedContact', () => {
  const kept = { fullName: 'Budi Hartono', email: 'budi@example.com', phone: '+6281390000001' };
  const merged = { fullName: 'Budi H.', email: 'budi.h@example.com', phone: '+6281390000002' };
  test("keeps the kept record's name, e-mail and phone; the other e-mail and phone go to the notes", () => {
    expect(mergedContact(kept, merged)).toEqual({
      fullName: 'Budi Hartono',
      email: 'budi@example.com',
      phone: '+6281390000001',
      phoneFrom: 'kept',
      intoNotes: { email: 'budi.h@example.com', phone: '+6281390000002' },
    });
  });
  test("takes the duplicate's phone when the kept record has none, and notes nothing it already holds", () => {
    expect(
      mergedContact({ ...kept, phone: null }, { ...merged, email: 'BUDI@example.com' }),
    ).toEqual({
      fullName: 'Budi Hartono',
      email: 'budi@example.com',
      phone: '+6281390000002',
      phoneFrom: 'duplicate',
      intoNotes: { email: null, phone: null },
    });
    expect(
      mergedContact({ ...kept, phone: null }, { ...merged, phone: null }).phoneFrom,
    ).toBeNull();
  });
});
