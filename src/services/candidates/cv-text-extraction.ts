import JSZip from 'jszip';
import mammoth from 'mammoth';
import { tidyCvText, type CvFileKind } from '../../domain/cv-file';
import { unpackDocx } from './docx-unpacking';

export type CvTextOutcome =
  | { status: 'extracted'; text: string }
  /** A PDF made of page images (a scan or a photo): readable by people, not by search. */
  | { status: 'no_text' }
  | { status: 'failed'; problem: 'damaged_file' | 'password_protected' };

/** More than any CV needs; stops a hostile file from making us read forever. */
const maxPages = 40;
const maxChars = 200_000;
/** Fewer letters than this on every page together means there is no real text layer. */
const minLetters = 30;

/**
 * Reads the text of a CV with the established library for its format. Runs in a worker thread
 * (cv-text-reader.ts), never on the server's own thread.
 */
export async function extractCvText(kind: CvFileKind, bytes: Uint8Array): Promise<CvTextOutcome> {
  try {
    const text = kind === 'pdf' ? await readPdf(bytes) : await readDocx(bytes);
    const tidy = tidyCvText(text).slice(0, maxChars);
    if ((tidy.match(/\p{L}/gu)?.length ?? 0) < minLetters) {
      return kind === 'pdf' ? { status: 'no_text' } : { status: 'failed', problem: 'damaged_file' };
    }
    return { status: 'extracted', text: tidy };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return {
      status: 'failed',
      problem: name === 'PasswordException' ? 'password_protected' : 'damaged_file',
    };
  }
}

/** A PDF opened by pdf.js for reading its text only: no script, no fonts; destroy it after. */
export async function openPdf(bytes: Uint8Array) {
  // The legacy build runs on every Node version the product supports (20+).
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

async function readPdf(bytes: Uint8Array): Promise<string> {
  const document = await openPdf(bytes);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(document.numPages, maxPages); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      pages.push(text);
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await document.destroy();
  }
}

/**
 * mammoth would inflate the archive as it is, trusting its sizes and counting nothing. So the parts
 * are inflated first under the CV limits, and mammoth reads a new archive of exactly those parts,
 * stored uncompressed: there is nothing left in it to inflate beyond what was checked.
 */
async function readDocx(bytes: Uint8Array): Promise<string> {
  const unpacked = await unpackDocx(bytes, { keep: true });
  if (!unpacked.ok) throw new Error(`Word file refused before reading: ${unpacked.problem}`);
  const checked = new JSZip();
  for (const [name, part] of unpacked.parts) checked.file(name, part, { createFolders: false });
  const buffer = await checked.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const { value } = await mammoth.extractRawText({ buffer });
  return value;
}
