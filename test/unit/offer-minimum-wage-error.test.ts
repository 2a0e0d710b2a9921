import { describe, expect, it } from 'vitest';
import { belowMinimumWageText } from '../../src/web/features/offers/offer-field-errors';
import { offersMessagesId } from '../../src/web/i18n/messages-offers';
import { offersMessagesEn } from '../../src/web/i18n/messages-offers-en';

const translator =
  (catalogue: Record<string, string>) =>
  (key: string, params: Record<string, string | number> = {}) =>
    catalogue[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

// As the server sends it: the 2025 figure checked a 2026 start, no 2026 figure on record.
const olderFigure = {
  minimum: 5_396_761,
  kind: 'ump',
  year: 2025,
  region: 'dki_jakarta',
  decree: 'Kepgub DKI 828/2024',
  missingYear: 2026,
};

describe('the offer form\'s "below the minimum wage" error when the start\'s year has no figure', () => {
  it('names the year checked and the year missing (en), no placeholder left', () => {
    const text = belowMinimumWageText(translator(offersMessagesEn) as never, olderFigure);
    expect(text).toContain(
      'Checked against the 2025 figure: no 2026 figure is recorded, so this one may be out of date.',
    );
    expect(text).not.toMatch(/[{}]/);
  });

  it('names the year checked and the year missing (id), no placeholder left', () => {
    const text = belowMinimumWageText(translator(offersMessagesId) as never, olderFigure);
    expect(text).toContain(
      'Diperiksa dengan angka tahun 2025: angka 2026 belum dicatat, jadi angka 2025 ini mungkin sudah usang.',
    );
    expect(text).not.toMatch(/[{}]/);
  });
});
