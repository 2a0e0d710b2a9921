import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { crowdedDocx } from '../support/hostile-zips';
import { cleanCvFileName, cvFileLimits, sniffCvFile, tidyCvText } from '../../src/domain/cv-file';
import { readZipEntries } from '../../src/domain/zip-entries';

const bytes = (text: string) => new TextEncoder().encode(text);

async function zip(
  files: Record<string, string>,
  options: { streamFiles?: boolean } = {},
): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, content] of Object.entries(files)) archive.file(name, content);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

const docxParts = {
  '[Content_Types].xml': '<Types/>',
  'word/document.xml': '<w:document/>',
};

describe('sniffCvFile: the type comes from the content', () => {
  test('a PDF by its header at the start, after at most a byte-order mark and blank space', () => {
    expect(sniffCvFile(bytes('%PDF-1.7\n...'))).toEqual({ ok: true, value: 'pdf' });
    expect(sniffCvFile(bytes('\r\n\r\n%PDF-1.4\n'))).toEqual({ ok: true, value: 'pdf' });
    expect(sniffCvFile(bytes('\ufeff %PDF-1.4\n'))).toEqual({ ok: true, value: 'pdf' });
  });

  test('a header after anything else is no PDF: an HTML page or a picture cannot pass as one', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    for (const file of [
      bytes('<html><script>alert(1)</script>%PDF-1.7\n'),
      bytes('x%PDF-1.7\n'),
      new Uint8Array([...png, ...bytes('%PDF-1.7\n')]),
      bytes('\u0000%PDF-1.7\n'),
      bytes('\ufeff\ufeff%PDF-1.7\n'),
    ]) {
      const result = sniffCvFile(file);
      expect(result.ok ? 'accepted' : result.problems[0]!.code).toBe('unsupported_file_type');
    }
  });

  test('a DOCX is a zip with word/document.xml', async () => {
    expect(sniffCvFile(await zip(docxParts))).toEqual({ ok: true, value: 'docx' });
    // Writers that stream put the sizes in a descriptor after each part's data.
    const streamed = await zip(docxParts, { streamFiles: true });
    expect(sniffCvFile(streamed)).toEqual({ ok: true, value: 'docx' });
  });

  test('pictures, plain zips, old .doc and text are refused as unsupported', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const oleDoc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    for (const file of [png, oleDoc, bytes('Nama: Sari'), await zip({ 'a.txt': 'x' })]) {
      const result = sniffCvFile(file);
      expect(result.ok ? 'accepted' : result.problems[0]!.code).toBe('unsupported_file_type');
    }
  });

  test('empty, oversize and damaged files say so', () => {
    const code = (file: Uint8Array) => {
      const result = sniffCvFile(file);
      return result.ok ? 'accepted' : result.problems[0]!.code;
    };
    expect(code(new Uint8Array())).toBe('empty_file');
    expect(code(new Uint8Array(cvFileLimits.maxBytes + 1))).toBe('file_too_large');
    expect(code(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('damaged_file');
  });

  test('zip bombs: too many parts, or parts that unpack far beyond a CV', async () => {
    const many: Record<string, string> = { ...docxParts };
    for (let i = 0; i < cvFileLimits.maxZipEntries; i++) many[`word/media/${i}.xml`] = 'x';
    const crowded = sniffCvFile(await zip(many));
    expect(crowded.ok ? 'accepted' : crowded.problems[0]!.code).toBe('unsafe_file');

    // The same small archive, with its directory claiming 2 GB for the document.
    const bomb = await zip(docxParts);
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let at = 0; at + 4 <= bomb.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0x7fffffff, true);
    }
    const inflated = sniffCvFile(bomb);
    expect(inflated.ok ? 'accepted' : inflated.problems[0]!.code).toBe('unsafe_file');
  });

  test('the parts are counted in the archive itself, not taken from its end record', () => {
    // The end record says 3 parts; the archive holds 60,000 (listed, or hidden from the list).
    for (const crowded of [crowdedDocx(60_000), crowdedDocx(60_000, { hidden: true })]) {
      const result = sniffCvFile(crowded);
      expect(result.ok ? 'accepted' : result.problems[0]!.code).toBe('unsafe_file');
    }
    // A few parts the list leaves out, or a count that is off: not what a word processor writes.
    for (const lying of [crowdedDocx(2, { hidden: true }), crowdedDocx(2)]) {
      const result = sniffCvFile(lying);
      expect(result.ok ? 'accepted' : result.problems[0]!.code).toBe('damaged_file');
    }
  }, 30_000); // builds archives of 60,000 parts: seconds on a busy machine

  test('headers that disagree with the directory, or zip64, are refused as damaged', async () => {
    const code = (file: Uint8Array) => {
      const result = sniffCvFile(file);
      return result.ok ? 'accepted' : result.problems[0]!.code;
    };
    const local = await zip(docxParts);
    // The first local header claims another compressed size than the directory.
    new DataView(local.buffer).setUint32(18, 3, true);
    expect(code(local)).toBe('damaged_file');
    // The end record announces zip64.
    const zip64 = await zip(docxParts);
    new DataView(zip64.buffer).setUint32(zip64.length - 6, 0xffffffff, true);
    expect(code(zip64)).toBe('damaged_file');
    // Something after the end record.
    expect(code(new Uint8Array([...(await zip(docxParts)), 0]))).toBe('damaged_file');
  });

  test('reads the entries of a zip, where their data lies and what they claim', async () => {
    for (const streamFiles of [false, true]) {
      const reading = readZipEntries(await zip(docxParts, { streamFiles }), 10);
      expect(reading.ok && reading.entries.map((e) => [e.name, e.declaredSize])).toEqual([
        ['[Content_Types].xml', 8],
        ['word/', 0],
        ['word/document.xml', 13],
      ]);
    }
    expect(readZipEntries(await zip(docxParts), 2)).toEqual({
      ok: false,
      problem: 'too_many_entries',
    });
  });
});

describe('cleanCvFileName', () => {
  test('no path, no control or reserved characters, the real extension', () => {
    expect(cleanCvFileName('C:\\Users\\sari\\CV Sari.pdf', 'pdf')).toBe('CV Sari.pdf');
    expect(cleanCvFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(cleanCvFileName('cv\u0000"<x>".docx', 'pdf')).toBe('cvx.pdf');
    expect(cleanCvFileName('', 'docx')).toBe('cv.docx');
    expect(cleanCvFileName(`${'a'.repeat(300)}.pdf`, 'pdf')).toHaveLength(104);
  });

  test('no bidirectional or other invisible controls: the name shows as what it is', () => {
    // U+202E turns "CV Sari\u202Efdp.exe" into "CV Sariexe.pdf" on screen.
    expect(cleanCvFileName('CV Sari\u202Efdp.exe.docx', 'docx')).toBe('CV Sarifdp.exe.docx');
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(cleanCvFileName(`CV${controls} Sari.pdf`, 'pdf')).toBe('CV Sari.pdf');
    // C1 controls, zero-width and other format characters, line separators.
    expect(cleanCvFileName('CV\u0085\u009b\u200B\u2060\uFEFF\u2028\u2029 Sari.pdf', 'pdf')).toBe(
      'CV Sari.pdf',
    );
    // Letters of every script stay.
    expect(cleanCvFileName('Riwayat Hidup – Dewi Ayu Ñ 履歴書.pdf', 'pdf')).toBe(
      'Riwayat Hidup – Dewi Ayu Ñ 履歴書.pdf',
    );
    expect(cleanCvFileName('\u202E\u202E.pdf', 'pdf')).toBe('cv.pdf');
  });
});

describe('tidyCvText', () => {
  test('folds spaces and empty lines, and drops control characters the database cannot store', () => {
    const raw = 'Rina\u0000 Wulandari\r\n\n\n\n  Golang\t\tdan\u000cPostgreSQL  \u0007';
    expect(tidyCvText(raw)).toBe('Rina Wulandari\n\nGolang dan PostgreSQL');
  });
});
