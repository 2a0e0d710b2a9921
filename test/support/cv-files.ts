import { privacyNoticeVersion } from '../../src/domain/careers';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { TestApp } from './test-app';

/** A real PDF with a text layer, one line per entry. */
export async function makePdf(lines: readonly string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, index) =>
    page.drawText(line, { x: 50, y: 790 - index * 18, size: 11, font }),
  );
  return Buffer.from(await pdf.save());
}

/** A PDF whose page is only a picture, as a scanner makes: no text to read. */
export async function makeScannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 500, width: 400, height: 200 });
  return Buffer.from(await pdf.save());
}

/** A minimal but real Word document (what mammoth and Word read), one paragraph per entry. */
export async function makeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A zip that is not a Word document (no word/document.xml). */
export async function makePlainZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('notes.txt', 'hello');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The first bytes of a PNG image: what a photo of a CV would start with. */
export const pngBytes = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000a49444154789c6300010000050001',
  'hex',
);

const escapeXml = (s: string) =>
  s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

export interface UploadFile {
  name: string;
  bytes: Buffer;
  contentType?: string;
  /** The form field the file is sent in (`cv` unless said). */
  field?: string;
}

/** A multipart/form-data body as a browser sends it. */
export function multipart(
  fields: Record<string, string>,
  file?: UploadFile,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----seleksi${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'cv'}"; filename="${file.name}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let client = 0;

/**
 * Applies from the careers page (no session), as the browser's form does; each call from its
 * own address unless one is given, so the per-client rate limit does not get in the way.
 */
export async function applyFromCareers(
  t: TestApp,
  jobId: string,
  fields: Record<string, string>,
  file?: UploadFile,
  remoteAddress = `10.7.${(client >> 8) & 255}.${client++ & 255}`,
) {
  const { payload, headers } = multipart(fields, file);
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/careers/jobs/${jobId}/applications`,
    payload,
    headers,
    remoteAddress,
  });
  return { status: response.statusCode, body: response.json() };
}

/** Waits until the background reading of a candidate's CV has finished. */
export async function waitForCvText(t: TestApp, candidateId: string) {
  // The first CV starts the reading thread (seconds when run from the sources on a busy machine).
  for (let i = 0; i < 400; i++) {
    const { body } = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    const files = body.cvFiles as { textStatus: string }[];
    if (files.length && files.every((f) => f.textStatus !== 'pending')) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('CV text was not read in time');
}

/** The apply form's fields as a careers applicant fills them in, agreeing to this recruitment. */
export function applicantFields(
  fullName: string,
  email: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    fullName,
    email,
    phone: '0812-7000-1234',
    city: 'Bandung',
    consent: 'true',
    privacyNoticeVersion,
    locale: 'id',
    ...overrides,
  };
}

/** A CV uploaded through the careers page for a job, by its file id (for route fixtures). */
export async function uploadedCv(t: TestApp, jobId: string): Promise<string> {
  const email = `pelamar.${Math.random().toString(36).slice(2)}@example.com`;
  const applied = await applyFromCareers(t, jobId, applicantFields('Matriks Pelamar', email), {
    name: 'cv.pdf',
    contentType: 'application/pdf',
    bytes: await makePdf(['PostgreSQL']),
  });
  const search = `/api/candidates?q=${encodeURIComponent(email)}`;
  const found = (await t.call(t.users.recruiter, 'GET', search)).body.items[0] as { id: string };
  if (applied.status !== 201 || !found) throw new Error(`uploadedCv: ${JSON.stringify(applied)}`);
  const detail = await t.call(t.users.recruiter, 'GET', `/api/candidates/${found.id}`);
  const id = detail.body.cvFiles?.[0]?.id as string | undefined;
  if (!id) throw new Error('uploadedCv: no CV on the candidate');
  return id;
}
