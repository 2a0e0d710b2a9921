import { createInflateRaw } from 'node:zlib';
import { cvFileLimits, type DocxProblem } from '../../domain/cv-file';
import { readZipEntries, type ZipEntry } from '../../domain/zip-entries';

export type DocxUnpacking =
  { ok: true; parts: Map<string, Uint8Array> } | { ok: false; problem: DocxProblem };

/**
 * Inflates a Word file's parts under the CV limits, measured on the real output while inflating:
 * a zip's own sizes are claims, and a bomb claims 2 kB for a part that inflates to 1 GB. The
 * inflating is streamed and stops at the first chunk past the limit, so a bomb costs at most the
 * limit in work (and in memory when `keep` asks for the parts), never its real size. A part whose
 * real size differs from its claim is refused as damaged: word processors write true sizes.
 */
export async function unpackDocx(
  bytes: Uint8Array,
  options: { keep: boolean },
): Promise<DocxUnpacking> {
  const zip = readZipEntries(bytes, cvFileLimits.maxZipEntries);
  if (!zip.ok) return zip;
  const parts = new Map<string, Uint8Array>();
  let budget = cvFileLimits.maxUnzippedBytes;
  for (const entry of zip.entries) {
    const part = await inflateEntry(bytes, entry, budget, options.keep);
    if (!part.ok) return part;
    if (part.size !== entry.declaredSize) return { ok: false, problem: 'damaged' };
    budget -= part.size;
    // A folder entry holds nothing a reader needs.
    if (options.keep && !entry.name.endsWith('/')) parts.set(entry.name, part.bytes);
  }
  return { ok: true, parts };
}

type InflatedEntry =
  { ok: true; size: number; bytes: Uint8Array } | { ok: false; problem: 'too_large' | 'damaged' };

function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
  keep: boolean,
): Promise<InflatedEntry> {
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  // Some writers mark an empty part as deflated yet store no bytes at all: it is simply empty.
  if (entry.method === 0 || (data.length === 0 && entry.declaredSize === 0)) {
    return Promise.resolve(
      data.length > budget
        ? { ok: false, problem: 'too_large' }
        : { ok: true, size: data.length, bytes: keep ? data : new Uint8Array() },
    );
  }
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: InflatedEntry) => {
      if (settled) return;
      settled = true;
      // Stops zlib between chunks: nothing more is inflated once the outcome is known.
      inflater.destroy();
      resolve(outcome);
    };
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) settle({ ok: false, problem: 'too_large' });
      else if (keep) chunks.push(chunk);
    });
    inflater.on('end', () => settle({ ok: true, size, bytes: Buffer.concat(chunks) }));
    inflater.on('error', () => settle({ ok: false, problem: 'damaged' }));
    inflater.end(data);
  });
}
