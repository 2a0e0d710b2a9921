import { type Result, ok, problem } from './result';

const maxLength = 500;

/**
 * A link a candidate types (portfolio, GitHub, LinkedIn) as a full web address: people write
 * `github.com/sari` without the scheme, so https:// is added; only http and https are accepted,
 * and the host must look like a domain name.
 */
export function normaliseWebLink(input: string, path = 'portfolioUrl'): Result<string> {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const invalid = problem<string>(
    path,
    'invalid_link',
    'The portfolio link is not a web address, e.g. github.com/yourname.',
  );
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return invalid;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid;
  if (!/^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname) || /\s/.test(trimmed)) return invalid;
  if (withScheme.length > maxLength) {
    return problem(path, 'too_big', `The portfolio link is longer than ${maxLength} characters.`);
  }
  return ok(withScheme);
}

/** A run of plain text, or a web link (href set) found in it. */
export interface TextPiece {
  text: string;
  href?: string;
}

/**
 * Splits text into plain runs and its http(s) links, so a page can show the links as links
 * without rendering any of the text as HTML. A sentence's closing punctuation stays text.
 */
export function splitWebLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"']+/gi)) {
    const link = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ text: link, href: link });
    last = start + link.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}
