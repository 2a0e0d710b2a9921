import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Zips written byte by byte, so a test can make them lie the way an attacker's do: sizes the
 * data does not have, an entry count the archive does not hold, entries the directory hides.
 */
export interface ZipPart {
  name: string;
  /** The bytes as they sit in the archive (deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers claim. */
  declaredSize: number;
  crc?: number;
}

export interface ZipLayout {
  /** How many of the parts (the first ones) the central directory lists; all by default. */
  listed?: number;
  /** The entry count the end-of-directory record claims; the listed count by default. */
  declaredCount?: number;
}

export function writeZip(parts: readonly ZipPart[], layout: ZipLayout = {}): Buffer {
  const listed = layout.listed ?? parts.length;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    const name = Buffer.from(part.name);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // names in UTF-8
      header.writeUInt16LE(part.method, at + 4);
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(part.crc ?? 0, at + 10);
      header.writeUInt32LE(part.data.length, at + 14);
      header.writeUInt32LE(part.declaredSize, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    locals.push(local, name, Buffer.from(part.data));
    if (index < listed) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4); // version made by
      fields(central, 6);
      central.writeUInt32LE(offset, 42);
      centrals.push(central, name);
    }
    offset += 30 + name.length + part.data.length;
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = layout.declaredCount ?? Math.min(listed, 0xfffe);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A part stored deflated, with its true size and checksum. */
export function deflatedPart(name: string, text: string | Uint8Array): ZipPart {
  const raw = typeof text === 'string' ? Buffer.from(text) : text;
  return {
    name,
    data: deflateRawSync(raw),
    method: 8,
    declaredSize: raw.length,
    crc: crc32(raw),
  };
}

/**
 * A deflate stream of `mebibytes` MiB of spaces, about 1 KiB per MiB: one fully flushed segment
 * repeated (a full flush forgets the history, so copies can follow each other), then an empty
 * final block. Built in milliseconds, however large it inflates.
 */
export function deflatedSpaces(mebibytes: number): Buffer {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const finalBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array<Buffer>(mebibytes).fill(segment), finalBlock]);
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const packageRelations = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const documentStart = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">Dewi Lestari, Backend Developer, Golang dan PostgreSQL sejak 2019.`;

/**
 * The finding's zip bomb: a Word document whose text runs on for `mebibytes` MiB of spaces, while
 * both its headers claim the document is 2 kB. Its file is about 1 KiB per MiB.
 */
export function lyingDocxBomb(mebibytes = 1024): Buffer {
  const document = Buffer.concat([
    deflateRawSync(Buffer.from(documentStart), { finishFlush: constants.Z_FULL_FLUSH }),
    deflatedSpaces(mebibytes),
  ]);
  return writeZip([
    deflatedPart('[Content_Types].xml', contentTypes),
    deflatedPart('_rels/.rels', packageRelations),
    { name: 'word/document.xml', data: document, method: 8, declaredSize: 2048 },
  ]);
}

/**
 * A Word document that holds `extra` more parts than its end record admits: the record says 3.
 * `hidden` leaves the extra parts out of the central directory too, as local entries only.
 */
export function crowdedDocx(extra: number, options: { hidden?: boolean } = {}): Buffer {
  const parts: ZipPart[] = [
    deflatedPart('[Content_Types].xml', contentTypes),
    deflatedPart('_rels/.rels', packageRelations),
    deflatedPart('word/document.xml', `${documentStart}</w:t></w:r></w:p></w:body></w:document>`),
  ];
  for (let i = 0; i < extra; i++) {
    parts.push({ name: `p/${i}`, data: new Uint8Array(), method: 0, declaredSize: 0, crc: 0 });
  }
  return writeZip(parts, { declaredCount: 3, ...(options.hidden ? { listed: 3 } : {}) });
}

/**
 * A Word document well inside the archive limits whose `mebibytes` MiB of XML are tiny
 * paragraphs: cheap to unpack, costly to parse (mammoth builds objects for every element).
 */
export function parseHeavyDocx(mebibytes: number): Buffer {
  const paragraph = '<w:p><w:r><w:t>a</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((mebibytes * 1024 * 1024) / paragraph.length));
  return writeZip([
    deflatedPart('[Content_Types].xml', contentTypes),
    deflatedPart('_rels/.rels', packageRelations),
    deflatedPart(
      'word/document.xml',
      `${documentStart}</w:t></w:r></w:p>${body}</w:body></w:document>`,
    ),
  ]);
}
