/**
 * The entries of a zip archive, read from its bytes without inflating anything (pure). A zip
 * describes itself twice, in a local header before each entry's data and in the central directory
 * at the end, and an attacker can make the two, and the end record's count, disagree with what
 * is there. So the entries are counted by walking both, the walk stops as soon as there are too
 * many, and anything a word processor would not write (zip64, encryption, other compression,
 * gaps, headers that disagree) is refused rather than interpreted.
 *
 * The sizes an entry claims are only claims: the services check the real ones while inflating.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two methods word processors use. */
  method: 0 | 8;
  /** Where the entry's (compressed) data lies in the archive: [dataStart, dataEnd). */
  dataStart: number;
  dataEnd: number;
  /** The uncompressed size the archive claims. */
  declaredSize: number;
}

export type ZipReading =
  { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'too_many_entries' | 'damaged' };

const signatures = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  dataDescriptor: 0x08074b50,
} as const;

const endRecordLength = 22;
const maxCommentLength = 0xffff;
/** General-purpose flags: bit 0 encrypted; bit 3 sizes in a data descriptor after the data. */
const encryptedFlag = 0x1;
const dataDescriptorFlag = 0x8;

interface CentralRecord {
  name: string;
  nameBytes: Uint8Array;
  method: 0 | 8;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const damaged = { ok: false, problem: 'damaged' } as const;
const tooMany = { ok: false, problem: 'too_many_entries' } as const;

/** Reads a zip's entries, refusing it once it holds more than `maxEntries` (either way counted). */
export function readZipEntries(bytes: Uint8Array, maxEntries: number): ZipReading {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === undefined) return damaged;
  const directory = readCentralDirectory(view, bytes, end, maxEntries);
  if (!directory.ok) return directory;
  return walkLocalEntries(view, bytes, directory.start, directory.records, maxEntries);
}

/**
 * The end record: the last one in the file, as zip readers take it, and it must end the file
 * exactly (its comment included). Multi-disk and zip64 archives are not CVs.
 */
function findEndRecord(view: DataView): number | undefined {
  const last = view.byteLength - 4;
  const first = Math.max(0, view.byteLength - endRecordLength - maxCommentLength);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== signatures.end) continue;
    if (at + endRecordLength > view.byteLength) return undefined;
    const commentLength = view.getUint16(at + 20, true);
    if (at + endRecordLength + commentLength !== view.byteLength) return undefined;
    const disk = view.getUint16(at + 4, true);
    const directoryDisk = view.getUint16(at + 6, true);
    const entriesHere = view.getUint16(at + 8, true);
    const entries = view.getUint16(at + 10, true);
    if (disk !== 0 || directoryDisk !== 0 || entriesHere !== entries) return undefined;
    return at;
  }
  return undefined;
}

/**
 * Every record of the central directory, counted as it is walked (readers such as JSZip read
 * records as long as they find them, whatever the end record's count says). The directory must
 * end where the end record begins, and hold as many records as the end record says.
 */
function readCentralDirectory(
  view: DataView,
  bytes: Uint8Array,
  end: number,
  maxEntries: number,
): { ok: true; start: number; records: CentralRecord[] } | Exclude<ZipReading, { ok: true }> {
  const declaredCount = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  // 0xffff / 0xffffffff announce zip64, which no word processor writes for a CV.
  if (declaredCount === 0xffff || size === 0xffffffff || start === 0xffffffff) return damaged;
  if (start + size !== end) return damaged;
  const records: CentralRecord[] = [];
  let at = start;
  while (at < end) {
    if (records.length === maxEntries) return tooMany;
    if (at + 46 > end || view.getUint32(at, true) !== signatures.central) return damaged;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end || flags & encryptedFlag || (method !== 0 && method !== 8)) return damaged;
    if ([compressedSize, declaredSize, localOffset].includes(0xffffffff)) return damaged;
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder().decode(nameBytes);
    records.push({ name, nameBytes, method, compressedSize, declaredSize, localOffset });
    at = next;
  }
  if (records.length !== declaredCount) return damaged;
  return { ok: true, start, records };
}

/**
 * Walks the local entries from the first byte to the central directory, one after the other, so
 * entries the directory does not list are counted too. Each must match its directory record.
 */
function walkLocalEntries(
  view: DataView,
  bytes: Uint8Array,
  directoryStart: number,
  records: readonly CentralRecord[],
  maxEntries: number,
): ZipReading {
  const byOffset = new Map(records.map((record) => [record.localOffset, record]));
  const entries: ZipEntry[] = [];
  let localCount = 0;
  let at = 0;
  while (at < directoryStart) {
    if (localCount === maxEntries) return tooMany;
    if (at + 30 > directoryStart || view.getUint32(at, true) !== signatures.local) return damaged;
    localCount++;
    const flags = view.getUint16(at + 6, true);
    const method = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const dataStart = at + 30 + nameLength + extraLength;
    const record = byOffset.get(at);
    if (!record) {
      // An entry the directory hides: no reader sees it, so it is only counted, and skipped.
      if (flags & dataDescriptorFlag) return damaged;
      at = dataStart + compressedSize;
      continue;
    }
    const dataEnd = dataStart + record.compressedSize;
    const sizeInDescriptor = (flags & dataDescriptorFlag) !== 0;
    if (
      dataEnd > directoryStart ||
      method !== record.method ||
      (!sizeInDescriptor && compressedSize !== record.compressedSize) ||
      !sameBytes(bytes.subarray(at + 30, at + 30 + nameLength), record.nameBytes)
    ) {
      return damaged;
    }
    entries.push({
      name: record.name,
      method: record.method,
      dataStart,
      dataEnd,
      declaredSize: record.declaredSize,
    });
    const next = sizeInDescriptor ? afterDataDescriptor(view, dataEnd, record) : dataEnd;
    if (next === undefined) return damaged;
    at = next;
  }
  if (at !== directoryStart || localCount !== records.length) return damaged;
  if (entries.length !== records.length) return damaged;
  return { ok: true, entries };
}

/**
 * Skips a data descriptor (crc, compressed and uncompressed size; its signature is optional) that
 * must repeat the directory's sizes; undefined when there is none.
 */
function afterDataDescriptor(
  view: DataView,
  at: number,
  record: CentralRecord,
): number | undefined {
  const describes = (from: number) =>
    from + 12 <= view.byteLength &&
    view.getUint32(from + 4, true) === record.compressedSize &&
    view.getUint32(from + 8, true) === record.declaredSize;
  if (view.getUint32(at, true) === signatures.dataDescriptor && describes(at + 4)) return at + 16;
  if (describes(at)) return at + 12;
  return undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
