import { describe, expect, it } from 'vitest';
import { useAppWithInbox, deliverQueued } from '../support/app-with-inbox';
import { jakartaDay } from '../support/jakarta-time';
import { sentOffer, type SentOffer } from '../support/offers';
import { testMail } from '../support/test-app';

describe('the e-mail confirming an accepted offer to the candidate', () => {
  const env = useAppWithInbox();

  const accept = (offer: SentOffer) =>
    env.t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, {
      signedName: offer.candidateName,
      consent: true,
    });

  it('accepting sends the candidate exactly one confirmation (role, start date, next steps, portal link, no amounts); the team is told once', async () => {
    const offer = await sentOffer(env.t, { salary: 9_250_000, startDate: jakartaDay(45) });
    await deliverQueued(env, offer.applicationId); // the offer itself
    const candidateEmail = (
      await env.t.call(env.t.users.recruiter, 'GET', `/api/candidates/${offer.candidateId}`)
    ).body.email as string;
    const before = env.inbox.to(candidateEmail).length;

    const reply = await accept(offer);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const sent = await deliverQueued(env, offer.applicationId);
    expect(sent.filter((m) => m.template === 'offer_accepted')).toHaveLength(1);
    // The recruiter and the hiring manager hear of the answer once each, as before.
    const toTeam = sent.filter((m) => m.template === 'offer_answer');
    expect(toTeam.length).toBeGreaterThan(0);
    expect(new Set(toTeam.map((m) => m.toEmail)).size).toBe(toTeam.length);

    const received = env.inbox.to(candidateEmail).slice(before);
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.subject).toBe('Terima kasih, Anda menerima penawaran Backend Developer');
    expect(mail!.text).toContain(`posisi Backend Developer di ${testMail.companyName}`);
    const start = new Intl.DateTimeFormat('id-ID', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Asia/Jakarta',
    }).format(new Date(`${jakartaDay(45)}T12:00:00+07:00`));
    expect(mail!.text).toContain(start);
    expect(mail!.text).toMatch(/hari pertama dan dokumen/);
    expect(mail!.text).toContain(`/portal/${offer.token}`);
    expect(`${mail!.subject} ${mail!.text}`).not.toMatch(/9[.,]?250[.,]?000/);

    // A repeated accept is refused and sends nothing more.
    const again = await accept(offer);
    expect(again.status).toBe(409);
    expect(await deliverQueued(env, offer.applicationId)).toEqual([]);
    expect(env.inbox.to(candidateEmail).slice(before)).toHaveLength(1);
  });

  it('the confirmation is in the candidate language (en)', async () => {
    const offer = await sentOffer(env.t, { startDate: jakartaDay(50) });
    await env.t.db.query(`UPDATE candidates SET locale = 'en' WHERE id = $1`, [offer.candidateId]);
    expect((await accept(offer)).status).toBe(200);
    const [message] = await env.t.db.query<{ subject: string; body: string }>(
      `SELECT subject, body FROM email_messages WHERE application_id = $1 AND template = 'offer_accepted'`,
      [offer.applicationId],
    );
    expect(message!.subject).toBe('Thank you for accepting the Backend Developer offer');
    expect(message!.body).toMatch(/HR will contact you about your first day/);
  });
});
