import {
  PDFDocument,
  StandardFonts,
  rgb,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import type { Locale } from '../../domain/locale';
import { letterDate, type OfferLetterTerms } from '../../domain/offer-letter/offer-letter-terms';
import {
  writeOfferLetter,
  type OfferLetterTemplate,
} from '../../domain/offer-letter/offer-letter-template';

export type { OfferLetterTerms } from '../../domain/offer-letter/offer-letter-terms';

/** The employer's brand at the head of the letter: its logo and colour, when set. */
export interface Letterhead {
  logo: { bytes: Uint8Array; type: 'image/png' | 'image/jpeg' } | null;
  /** `#rrggbb`, for the line under the letterhead. */
  colour: string | null;
}

const page = { width: 595.28, height: 841.89 }; // A4 in points
const margin = 56;
const bodySize = 11;
const lineHeight = 15.5;
const textWidth = page.width - 2 * margin;

/**
 * The offer letter as a PDF ("Surat Penawaran Kerja" / "Offer Letter"): the company's name, the
 * title, the date, and the template's text filled from the terms in the candidate's language.
 * Pure: no database, no file; the caller stores or sends the bytes.
 */
export async function renderOfferLetter(
  terms: OfferLetterTerms,
  template: OfferLetterTemplate,
  locale: Locale,
  letterhead: Letterhead = { logo: null, colour: null },
): Promise<Uint8Array> {
  const { title, lines } = writeOfferLetter(template, terms, locale);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${title} - ${terms.candidateName}`);
  pdf.setAuthor(terms.companyName);
  pdf.setLanguage(locale === 'id' ? 'id-ID' : 'en-GB');
  pdf.setCreator('Seleksi');
  pdf.setProducer('Seleksi');
  // A fixed date keeps the same letter byte-for-byte the same (the offer's date is in the text).
  const created = new Date(`${terms.offerDate}T00:00:00Z`);
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  const writer = new LetterWriter(pdf);
  if (letterhead.logo) {
    // A logo the library cannot read (a corrupt file) leaves the letter without it, not unsent.
    const image = await (
      letterhead.logo.type === 'image/png'
        ? pdf.embedPng(letterhead.logo.bytes)
        : pdf.embedJpg(letterhead.logo.bytes)
    ).catch(() => undefined);
    if (image) writer.image(image);
  }
  writer.write(terms.companyName, bold, 13);
  writer.rule(letterhead.colour);
  writer.write(title, bold, 16);
  writer.write(letterDate(terms.offerDate, locale), regular, bodySize);
  writer.gap();
  for (const line of lines) {
    if (line === '') writer.gap();
    else writer.write(line, regular, bodySize);
  }
  return pdf.save();
}

/** Lays text out top to bottom, wrapping at the margin and starting a new page when full. */
class LetterWriter {
  private current: PDFPage;
  private y: number;

  constructor(private readonly pdf: PDFDocument) {
    this.current = pdf.addPage([page.width, page.height]);
    this.y = page.height - margin;
  }

  write(text: string, font: PDFFont, size: number): void {
    const encodable = writable(text, font);
    // A list line ("- item") keeps its wrapped lines indented under the item.
    const indent = /^- /.test(encodable) ? font.widthOfTextAtSize('- ', size) : 0;
    wrap(encodable, font, size, textWidth, indent).forEach((part, index) => {
      this.advance(size + (lineHeight - bodySize));
      this.current.drawText(part, {
        x: margin + (index > 0 ? indent : 0),
        y: this.y,
        size,
        font,
        color: rgb(0.1, 0.1, 0.1),
      });
    });
  }

  gap(): void {
    this.y -= lineHeight / 2;
  }

  /** The logo, at most 48 points high and a third of the width, keeping its proportions. */
  image(image: PDFImage): void {
    const scale = Math.min(48 / image.height, textWidth / 3 / image.width, 1);
    const { width, height } = image.scale(scale);
    this.advance(height);
    this.current.drawImage(image, { x: margin, y: this.y, width, height });
    this.y -= 4;
  }

  rule(colour: string | null = null): void {
    this.advance(8);
    this.current.drawLine({
      start: { x: margin, y: this.y },
      end: { x: page.width - margin, y: this.y },
      thickness: colour ? 1.5 : 0.75,
      color: colour ? rgbOf(colour) : rgb(0.6, 0.6, 0.6),
    });
    this.y -= 6;
  }

  private advance(height: number): void {
    if (this.y - height < margin) {
      this.current = this.pdf.addPage([page.width, page.height]);
      this.y = page.height - margin;
    }
    this.y -= height;
  }
}

/** Splits a line into parts that fit the width, at spaces (or mid-word for one very long word). */
function wrap(text: string, font: PDFFont, size: number, width: number, indent: number): string[] {
  const parts: string[] = [];
  let line = '';
  const fits = (candidate: string) =>
    font.widthOfTextAtSize(candidate, size) <= width - (parts.length > 0 ? indent : 0);
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') parts.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      parts.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  parts.push(line);
  return parts;
}

/**
 * The standard PDF fonts cover Western European letters (WinAnsi). A letter outside it loses its
 * accent (`ő` → `o`), or becomes `?`, rather than failing the whole letter.
 */
function writable(text: string, font: PDFFont): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\t/g, '    ')) {
    if (encodes(font, char)) out += char;
    else {
      const plain = (unaccented[char] ?? char).normalize('NFD').replace(/\p{M}/gu, '');
      out += plain !== '' && [...plain].every((c) => encodes(font, c)) ? plain : '?';
    }
  }
  return out;
}

/** Letters with a stroke rather than an accent: Unicode does not decompose them. */
const unaccented: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
};

const rgbOf = (hex: string) =>
  rgb(
    parseInt(hex.slice(1, 3), 16) / 255,
    parseInt(hex.slice(3, 5), 16) / 255,
    parseInt(hex.slice(5, 7), 16) / 255,
  );

function encodes(font: PDFFont, char: string): boolean {
  try {
    font.encodeText(char);
    return true;
  } catch {
    return false;
  }
}
