import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { sentOffer } from '../support/offers';
import { useTestApp } from '../support/test-app';

/**
 * The offer e-mail and its letter are written in the candidate's language, whatever language the
 * HR user sending it reads the app in: only the candidate changes it (the portal's language switch).
 */
describe("the offer e-mail follows the candidate's language, not HR's", () => {
  const t = useTestApp();

  const offerMail = async (applicationId: string, template: string) => {
    const rows = await t.db.query<{ locale: string; subject: string; attachment_name: string }>(
      `SELECT locale, subject, attachment_name FROM email_messages
        WHERE application_id = $1 AND template = $2 ORDER BY created_at DESC`,
      [applicationId, template],
    );
    return rows[0]!;
  };
  const letterText = async (applicationId: string, template: string) => {
    const [row] = await t.db.query<{ attachment_content: Uint8Array | string }>(
      `SELECT attachment_content FROM email_messages WHERE application_id = $1 AND template = $2`,
      [applicationId, template],
    );
    const content = row!.attachment_content;
    return pdfText(typeof content === 'string' ? Buffer.from(content, 'base64') : content);
  };

  it('HR reading the app in English sends an Indonesian candidate an Indonesian e-mail and letter', async () => {
    const english = await t.call(t.users.recruiter, 'PATCH', '/api/auth/me', { locale: 'en' });
    expect(english.status).toBe(200);
    const offer = await sentOffer(t);
    const [candidate] = await t.db.query<{ locale: string }>(
      `SELECT locale FROM candidates WHERE id = $1`,
      [offer.candidateId],
    );
    expect(candidate!.locale).toBe('id');
    const mail = await offerMail(offer.applicationId, 'offer_sent');
    expect(mail.locale).toBe('id');
    expect(mail.attachment_name).toBe('surat-penawaran-kerja.pdf');
    expect(await letterText(offer.applicationId, 'offer_sent')).toMatch(/Gaji|gaji/);
    await t.call(t.users.recruiter, 'PATCH', '/api/auth/me', { locale: 'id' });
  });

  it('the candidate switching the portal to English is what makes the next offer e-mail English', async () => {
    const offer = await sentOffer(t);
    const chosen = await t.call(null, 'PUT', `/api/portal/${offer.token}/language`, {
      locale: 'en',
    });
    expect(chosen.status).toBeLessThan(300);
    // Sent again from the start (as the first send of an offer), now that her language is English.
    await t.db.query(`UPDATE offers SET status = 'draft', sent_at = NULL WHERE id = $1`, [
      offer.offerId,
    ]);
    await t.db.query(`DELETE FROM email_messages WHERE application_id = $1`, [offer.applicationId]);
    const sent = await t.call(t.users.recruiter, 'POST', `/api/offers/${offer.offerId}/sending`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const mail = await offerMail(offer.applicationId, 'offer_sent');
    expect(mail.locale).toBe('en');
    expect(mail.attachment_name).toBe('offer-letter.pdf');
  });
});
