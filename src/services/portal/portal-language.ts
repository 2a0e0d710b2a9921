import type { Database } from '../../db/database';
import { updateCandidateLocale } from '../../db/queries/candidate-contacts';
import { setLanguageOfUpcomingInterviews } from '../../db/queries/interviews';
import type { Locale } from '../../domain/locale';
import type { Actor } from '../actor';
import { actBehindLink } from './candidate-acts';

/**
 * The candidate switches their portal's language: the e-mails that follow (the reminders and notices
 * of interviews still ahead, the offer) are written in it too, as they would expect. Staff reading the link switch only
 * their own screen.
 */
export async function chooseLanguageInPortal(
  db: Database,
  token: string,
  locale: Locale,
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, { id, candidateId }) => {
    await updateCandidateLocale(tx, candidateId, locale);
    await setLanguageOfUpcomingInterviews(tx, id, locale);
  });
}
