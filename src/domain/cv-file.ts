import { type Result, ok, problem } from './result';
import { readZipEntries } from './zip-entries';

/**
 * What a CV upload may be. The type comes from the bytes, never from the file name or the
 * browser's content type: both are the sender's claim.
 */
export const cvFileKinds = ['pdf', 'docx'] as const;
export type CvFileKind = (typeof cvFileKinds)[number];

export const cvMediaTypes: Record<CvFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const cvFileLimits = {
  maxBytes: 10 * 1024 * 1024,
  /** A real CV in Word has a few dozen parts; thousands of entries is an attack or not a CV. */
  maxZipEntries: 500,
  /**
   * All parts together, unpacked: a real CV (pictures are stored already compressed) stays far
   * below; a zip bomb goes far beyond. Checked on what the archive claims, and then on the real
   * bytes while inflating, which stops here (see `src/services/docx-unpacking.ts`).
   */
  maxUnzippedBytes: 50 * 1024 * 1024,
} as const;

export const cvTextStatuses = ['pending', 'extracted', 'no_text', 'failed'] as const;
export type CvTextStatus = (typeof cvTextStatuses)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

const pdfSignature = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const zipSignature = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const utf8ByteOrderMark = [0xef, 0xbb, 0xbf];
/** Space, tab, line feed, carriage return. */
const blankBytes = new Set([0x20, 0x09, 0x0a, 0x0d]);
const pdfHeaderWindow = 1024;

/**
 * The PDF header must start the file. PDF readers look for it anywhere in the first kilobyte, which
 * lets an HTML page or a picture with a header tucked inside pass as a PDF (a polyglot). What real
 * writers put before it is allowed, and nothing else: one UTF-8 byte-order mark (from a
 * script saved with one) and blank space (web scripts that print a newline first), still
 * within the first kilobyte.
 */
function isPdf(bytes: Uint8Array): boolean {
  let at = startsWith(bytes, utf8ByteOrderMark) ? utf8ByteOrderMark.length : 0;
  while (at < pdfHeaderWindow && blankBytes.has(bytes[at]!)) at++;
  return at < pdfHeaderWindow && startsWith(bytes, pdfSignature, at);
}

/** Recognises a PDF or a DOCX from its content; anything else is refused with a reason. */
export function sniffCvFile(bytes: Uint8Array, path = 'cv'): Result<CvFileKind> {
  if (bytes.length === 0) return problem(path, 'empty_file', 'The file is empty.');
  if (bytes.length > cvFileLimits.maxBytes) {
    return problem(path, 'file_too_large', 'The file is larger than 10 MB.');
  }
  if (isPdf(bytes)) return ok('pdf');
  if (startsWith(bytes, zipSignature)) return checkDocx(bytes, path);
  return problem(path, 'unsupported_file_type', 'Upload your CV as a PDF or a Word (.docx) file.');
}

/**
 * A DOCX is a zip holding word/document.xml. Here its structure is read, never inflated: the parts
 * are counted in the archive itself and their claimed sizes checked. The claims can lie, so the
 * services then inflate it under the same limit (`docx-unpacking.ts`) before accepting or reading.
 */
function checkDocx(bytes: Uint8Array, path: string): Result<CvFileKind> {
  const zip = readZipEntries(bytes, cvFileLimits.maxZipEntries);
  if (!zip.ok) return docxProblem(path, zip.problem);
  const claimed = zip.entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (claimed > cvFileLimits.maxUnzippedBytes) return docxProblem(path, 'too_large');
  if (!zip.entries.some((entry) => entry.name === 'word/document.xml')) {
    return problem(
      path,
      'unsupported_file_type',
      'Upload your CV as a PDF or a Word (.docx) file.',
    );
  }
  return ok('docx');
}

export type DocxProblem = 'too_many_entries' | 'too_large' | 'damaged';

/** What the candidate is told when a Word file is refused: one verdict for every check. */
export function docxProblem<T = never>(path: string, reason: DocxProblem): Result<T> {
  switch (reason) {
    case 'too_many_entries':
      return problem(path, 'unsafe_file', 'This file holds too many parts to be a CV.');
    case 'too_large':
      return problem(path, 'unsafe_file', 'This file unpacks to far more than a CV would.');
    case 'damaged':
      return problem(path, 'damaged_file', 'This file is damaged and cannot be read.');
  }
}

/**
 * Characters that are not shown but change what is shown: control characters (C0, DEL, C1), format
 * characters (among them the bidirectional controls U+202A-U+202E, U+2066-U+2069, U+200E,
 * U+200F, U+061C, and zero-width ones) and line or paragraph separators. With U+202E,
 * "CV\u202Efdp.exe" reads as "CVexe.pdf" in the staff's screens.
 */
const invisibleControls = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * The candidate's file name, kept only to show and to offer on download: no path, no control or
 * invisible characters, a sane length, and the extension of what the file really is.
 */
export function cleanCvFileName(name: string | undefined, kind: CvFileKind): string {
  const base = (name ?? '')
    .replace(invisibleControls, '')
    .split(/[\\/]/)
    .pop()!
    .replace(/["<>|*?:]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 100);
  return `${base || 'cv'}.${kind}`;
}

/**
 * A CV's extracted text as it is stored and searched: runs of spaces folded, at most one empty
 * line in a row, and no control characters. PDF fonts without a Unicode map give NUL for their
 * glyphs, and PostgreSQL cannot store NUL in text: one such CV would fail its reading for good.
 */
export function tidyCvText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\v\f]/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
