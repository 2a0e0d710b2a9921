import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import type { Locale } from '../../domain/locale';
import type { OfferTerms } from '../../domain/offers/offer-terms';
import {
  offerLetterFileName,
  offerLetterPdf,
} from '../offer-letters/offer-letter-template-service';

/** A version's terms with the day it was offered: what one letter prints. */
export interface LetterVersion extends OfferTerms {
  offerDate: string;
}

export interface OfferLetterFile {
  fileName: string;
  content: Uint8Array;
}

/**
 * The letter of one offer version, for its candidate, in their language: the file attached to the
 * "offer sent" e-mail and the one the portal serves are made here, from the same version's terms.
 */
export async function offerLetterOfVersion(
  db: Queryable,
  mail: MailSettings,
  version: LetterVersion,
  candidate: { fullName: string; locale: Locale },
): Promise<OfferLetterFile> {
  // The version's own terms, as stored: the letter prints exactly what was offered.
  const content = await offerLetterPdf(
    db,
    mail,
    { ...version, candidateName: candidate.fullName },
    candidate.locale,
  );
  return { fileName: offerLetterFileName(candidate.locale), content };
}
