/** Lead-ins that introduce a skill in job ads ("Menguasai SQL", "Experience with Jira"). */
const leadIns =
  /^(?:menguasai|mahir(?: dalam| menggunakan)?|paham|memahami|berpengalaman(?: dengan| dalam)?|pengalaman(?: dengan| dalam| menggunakan)?|familiar dengan|terbiasa(?: dengan| menggunakan)?|mampu menggunakan|bisa menggunakan|experience (?:with|in)|familiar(?:ity)? with|knowledge of|proficient (?:in|with)|skilled in|strong)\s+/i;

const stopPhrases = new Set([
  'dan',
  'and',
  'atau',
  'or',
  'dll',
  'etc',
  'lain-lain',
  'kami',
  'we',
  'you',
  'anda',
]);

/**
 * Picks the key terms out of a pasted job description: the items of its lists (commas, bullets,
 * lines, "dan"/"and"), without lead-ins such as "Menguasai", short enough to be a skill or a tool,
 * plus tool-like words anywhere (acronyms, CamelCase, dotted names).
 */
export function extractJobTerms(description: string, limit = 20): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  const keep = (raw: string) => {
    const term = clean(raw);
    const key = term.toLowerCase();
    if (term.length < 2 || term.length > 40 || seen.has(key) || stopPhrases.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const line of description.split(/\n|;|•/)) {
    // "Tools: Jira, Git" lists after its label; a line ending in ':' is only a heading.
    const body = line.includes(':') ? line.slice(line.indexOf(':') + 1) : line;
    for (const item of body.split(/,|\s+(?:dan|and|atau|or|&)\s+|\s-\s/i)) {
      const words = clean(item).split(/\s+/).filter(Boolean);
      if (words.length >= 1 && words.length <= 3) keep(item);
    }
  }
  for (const match of description.matchAll(
    /\b(?:[A-Z]{2,}[a-z]*|[A-Z][a-z]+[A-Z]\w*|\w+\.(?:js|io|net))\b/g,
  )) {
    keep(match[0]);
  }
  return terms.slice(0, limit);
}

/** Without bullets, numbering, trailing punctuation and lead-ins. */
function clean(item: string): string {
  return item
    .replace(/^[\s\-•*·\d.)]+|[\s.;]+$/g, '')
    .replace(leadIns, '')
    .trim();
}
