import type { CSSProperties } from 'react';
import { useApiQuery } from '../../api/queries';
import type { Locale } from '../../../domain/locale';
import type { ApiData } from '../../api/client';

type PublicBrand = ApiData<'get', '/api/brand'>;

/** The employer's brand for candidates' pages; undefined while it loads. */
export function useBrand(): PublicBrand | undefined {
  return useApiQuery('/api/brand', {}).data;
}

/** The brand colour as the stylesheet's `--brand` (the server has checked it is readable). */
export function brandStyle(brand: PublicBrand | undefined): CSSProperties | undefined {
  if (!brand?.brandColour) return undefined;
  return {
    '--brand': brand.brandColour,
    '--brand-soft': `color-mix(in srgb, ${brand.brandColour} 14%, white)`,
  } as CSSProperties;
}

export function brandTexts(brand: PublicBrand | undefined, locale: Locale) {
  if (!brand) return { about: '', careersIntro: '' };
  return locale === 'id'
    ? { about: brand.aboutId, careersIntro: brand.careersIntroId }
    : { about: brand.aboutEn, careersIntro: brand.careersIntroEn };
}
