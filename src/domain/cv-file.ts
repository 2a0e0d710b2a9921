import { type Result, ok, problem } from './result';

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
  /** Declared uncompressed size of all parts together: a zip bomb inflates far beyond this. */
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

interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

/** A DOCX is a zip holding word/document.xml; its central directory is read, never inflated. */
function checkDocx(bytes: Uint8Array, path: string): Result<CvFileKind> {
  const entries = readZipDirectory(bytes);
  if (entries === 'too_many') {
    return problem(path, 'unsafe_file', 'This file holds too many parts to be a CV.');
  }
  if (!entries) return problem(path, 'damaged_file', 'This file is damaged and cannot be read.');
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > cvFileLimits.maxUnzippedBytes) {
    return problem(path, 'unsafe_file', 'This file unpacks to far more than a CV would.');
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    return problem(
      path,
      'unsupported_file_type',
      'Upload your CV as a PDF or a Word (.docx) file.',
    );
  }
  return ok('docx');
}

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;

/** The zip's list of entries from its central directory, or undefined when it is not a valid zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | 'too_many' | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  // 0xffff / 0xffffffff mean zip64, which no word processor writes for a CV.
  if (count === 0xffff || offset === 0xffffffff) return 'too_many';
  if (count > cvFileLimits.maxZipEntries) return 'too_many';
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== directoryEntry) return undefined;
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
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
