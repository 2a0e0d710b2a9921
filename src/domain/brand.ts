import type { FieldProblem, Result } from './result';

/**
 * The employer's brand on what candidates see: the company's name, logo, colour, a short "about
 * us" and the careers page's intro in each language. Candidates should meet the employer, not
 * the software.
 */
export interface BrandText {
  companyName: string;
  /** `#rrggbb`, or null for the built-in colour. */
  brandColour: string | null;
  aboutId: string;
  aboutEn: string;
  careersIntroId: string;
  careersIntroEn: string;
  /**
   * Where candidates' replies go (the Reply-To of e-mails sent on HR's behalf): a shared inbox
   * someone reads, or null for none. Left out of a change: kept as it was.
   */
  candidateContactEmail?: string | null | undefined;
}

export const companyNameMaxLength = 120;
export const contactEmailMaxLength = 254;
export const aboutMaxLength = 1_000;
export const careersIntroMaxLength = 600;
/** A logo is shown small (a header, a letterhead): 200 KB is plenty. */
export const logoMaxBytes = 200 * 1024;
/** White text on a button in the brand colour must stay readable (WCAG AA, normal text). */
export const minimumContrastWithWhite = 4.5;

/** The logo types accepted. SVG is left out: it can carry scripts, and sanitising it is a project. */
export const logoTypes = ['image/png', 'image/jpeg'] as const;
export type LogoType = (typeof logoTypes)[number];

/** Checks every field at once; the colour comes back in lower case, the texts trimmed. */
export function checkBrandText(input: BrandText): Result<BrandText> {
  const problems: FieldProblem[] = [];
  const companyName = input.companyName.trim().replace(/\s+/g, ' ');
  if (companyName === '') problems.push(required('companyName'));
  else if (companyName.length > companyNameMaxLength) {
    problems.push(tooLong('companyName', companyNameMaxLength));
  }
  let brandColour: string | null = null;
  if (input.brandColour !== null && input.brandColour.trim() !== '') {
    const colour = input.brandColour.trim().toLowerCase();
    if (!/^#[0-9a-f]{6}$/.test(colour)) {
      problems.push({
        path: 'brandColour',
        code: 'invalid_colour',
        message: 'Give the colour as # and six hexadecimal digits, e.g. #0b5cad.',
      });
    } else if (contrastWithWhite(colour) < minimumContrastWithWhite) {
      problems.push({
        path: 'brandColour',
        code: 'low_contrast',
        message: `White text on this colour is hard to read (contrast ${contrastWithWhite(colour).toFixed(1)}:1, at least ${minimumContrastWithWhite}:1 needed); choose a darker shade.`,
        params: { contrast: Math.round(contrastWithWhite(colour) * 10) / 10 },
      });
    } else brandColour = colour;
  }
  const texts = {
    aboutId: [input.aboutId, aboutMaxLength],
    aboutEn: [input.aboutEn, aboutMaxLength],
    careersIntroId: [input.careersIntroId, careersIntroMaxLength],
    careersIntroEn: [input.careersIntroEn, careersIntroMaxLength],
  } as const;
  const cleaned: Record<keyof typeof texts, string> = {
    aboutId: '',
    aboutEn: '',
    careersIntroId: '',
    careersIntroEn: '',
  };
  for (const [path, [value, max]] of Object.entries(texts) as [
    keyof typeof texts,
    readonly [string, number],
  ][]) {
    const text = value.replace(/\r\n?/g, '\n').trim();
    if (text.length > max) problems.push(tooLong(path, max));
    cleaned[path] = text;
  }
  const candidateContactEmail =
    input.candidateContactEmail === undefined
      ? undefined
      : input.candidateContactEmail?.trim().toLowerCase() || null;
  if (candidateContactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(candidateContactEmail)) {
    problems.push({
      path: 'candidateContactEmail',
      code: 'invalid_email',
      message: 'Not a valid e-mail address.',
    });
  } else if (candidateContactEmail && candidateContactEmail.length > contactEmailMaxLength) {
    problems.push(tooLong('candidateContactEmail', contactEmailMaxLength));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { companyName, brandColour, ...cleaned, candidateContactEmail } };
}

/** WCAG 2 contrast ratio between a `#rrggbb` colour and white. */
export function contrastWithWhite(colour: string): number {
  const channel = (offset: number) => {
    const value = parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** The logo's type from its bytes (never from the name or the browser's word). */
export function checkLogo(bytes: Uint8Array): Result<LogoType> {
  if (bytes.length === 0) return failure('logo', 'required', 'Choose an image file.');
  if (bytes.length > logoMaxBytes) {
    return failure('logo', 'too_big', `The logo may be at most ${logoMaxBytes / 1024} KB.`);
  }
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, i) => bytes[i] === byte)) return { ok: true, value: 'image/png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { ok: true, value: 'image/jpeg' };
  }
  return failure('logo', 'unsupported_type', 'The logo must be a PNG or JPEG image.');
}

/** The texts for one language. */
export function brandTextIn(brand: BrandText, locale: 'id' | 'en') {
  return locale === 'id'
    ? { about: brand.aboutId, careersIntro: brand.careersIntroId }
    : { about: brand.aboutEn, careersIntro: brand.careersIntroEn };
}

const required = (path: string): FieldProblem => ({ path, code: 'required', message: 'Required.' });
const tooLong = (path: string, max: number): FieldProblem => ({
  path,
  code: 'too_big',
  message: `At most ${max} characters.`,
});
const failure = (path: string, code: string, message: string): Result<never> => ({
  ok: false,
  problems: [{ path, code, message }],
});
