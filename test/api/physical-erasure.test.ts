import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { anonymiseExpiredCandidates } from '../../src/services/privacy/retention-service';
import { applyFromCareers, makePdf, waitForCvText } from '../support/cv-files';
import { buildJob, moveTo } from '../support/factories';
import { filesHolding, relationFilesHolding } from '../support/personal-data-search';
import { useTestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/**
 * An erased (or anonymised) candidate must be gone from the database's files, not only from its
 * tables: deleted rows stay in the pages and the WAL until something rewrites them.
 */
describe('erased data leaves the database files (UU PDP)', () => {
  const t = useTestApp({ background: true, databaseOnDisk: true });

  /** Where the markers still are on disk; undefined where the engine's files cannot be read. */
  async function onDisk(given: readonly string[]): Promise<string[] | undefined> {
    // Lower case too: the search index keeps words as lower-case lexemes.
    const markers = [...new Set(given.flatMap((marker) => [marker, marker.toLowerCase()]))];
    if (t.pgliteDir) {
      await t.db.query('CHECKPOINT');
      // The whole data directory: PGlite's pages and WAL, and the CV files next to them.
      return filesHolding(t.dataDir, markers);
    }
    return relationFilesHolding(t.db, markers);
  }

  /** A careers applicant whose name, e-mail, CV text and notes each carry their own marker. */
  async function applicantWithMarkers() {
    const tag = Array.from(randomBytes(12), (byte) => String.fromCharCode(97 + (byte % 26))).join(
      '',
    );
    const markers = {
      name: `Namatanda${tag}`,
      email: `surel${tag}`,
      cv: `Riwayatkerja${tag}`,
      notes: `Catatanhr${tag}`,
    };
    const job = await buildJob(t);
    const applied = await applyFromCareers(
      t,
      job.id,
      {
        fullName: `Wulan ${markers.name}`,
        email: `${markers.email}@example.com`,
        phone: '0812-7000-5678',
        city: 'Makassar',
        consent: 'true',
        privacyNoticeVersion,
        locale: 'id',
      },
      {
        name: 'cv.pdf',
        contentType: 'application/pdf',
        bytes: await makePdf(['Analis keuangan', markers.cv]),
      },
    );
    expect(applied.status).toBe(201);
    const found = (
      await t.call(t.users.recruiter, 'GET', `/api/candidates?q=${markers.email}@example.com`)
    ).body.items[0];
    const read = await waitForCvText(t, found.id);
    expect(read.cvFiles[0].textStatus).toBe('extracted');
    const edited = await t.call(t.users.recruiter, 'PUT', `/api/candidates/${found.id}`, {
      fullName: read.fullName,
      email: read.email,
      phone: read.phone,
      source: read.source,
      tags: read.tags,
      city: read.city,
      notes: `Kuat di analisis. ${markers.notes}`,
    });
    expect(edited.status).toBe(200);
    // The careers page's confirmation greets them by name: an e-mail body with the marker.
    const outbox = await t.call(t.users.recruiter, 'GET', '/api/outbox');
    const confirmation = outbox.body.messages.find(
      (message: { toEmail: string }) => message.toEmail === `${markers.email}@example.com`,
    );
    const shown = await t.call(t.users.recruiter, 'GET', `/api/outbox/${confirmation.id}`);
    expect(shown.body.body).toContain(markers.name);
    return {
      candidateId: found.id as string,
      applicationId: read.applications[0].id as string,
      markers: Object.values(markers),
    };
  }

  async function expectGoneFromDisk(markers: readonly string[]) {
    // The purge is queued work: give it time, then say exactly what is left where.
    await waitFor(async () => (await onDisk(markers))?.length === 0, 15_000).catch(() => undefined);
    expect(await onDisk(markers)).toEqual([]);
  }

  it('erasing a candidate removes their name, e-mail, notes, CV text and e-mails from the files', async (context) => {
    const { candidateId, markers } = await applicantWithMarkers();
    const before = await onDisk(markers);
    if (!before) return context.skip('the PostgreSQL role may not read the server files');
    // Each marker is there to be found first, so finding none afterwards means something.
    for (const marker of markers) expect(before.join('\n')).toContain(marker);

    const erased = await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/erase`);
    expect(erased.status).toBe(200);
    await expectGoneFromDisk(markers);
  }, 60_000);

  it('anonymising a candidate whose retention has passed removes the same from the files', async (context) => {
    const { applicationId, markers } = await applicantWithMarkers();
    const note = `Alasanpenolakan${markers[0]}`;
    await moveTo(t, applicationId, 'rejected', { rejectionReason: 'other', note });
    await t.db.query(
      `UPDATE application_events SET created_at = created_at - interval '13 months'
       WHERE application_id = $1`,
      [applicationId],
    );
    if (!(await onDisk([note]))?.length) return context.skip('server files not readable');

    expect(await anonymiseExpiredCandidates(t.db, fileCvStore(t.cvDir))).toBe(1);
    await expectGoneFromDisk([...markers, note]);
  }, 60_000);
});
