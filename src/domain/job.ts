export const workModes = ['onsite', 'hybrid', 'remote'] as const;
export type WorkMode = (typeof workModes)[number];

export const employmentTypes = [
  'full_time',
  'part_time',
  'contract',
  'internship',
  'freelance',
] as const;
export type EmploymentType = (typeof employmentTypes)[number];

export const jobStatuses = ['draft', 'open', 'closed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** Skills and tools are matched case-insensitively; keep each once, trimmed, in the order given. */
export function distinctTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of terms) {
    const term = raw.trim().replace(/\s+/g, ' ');
    const key = term.toLowerCase();
    if (term && !seen.has(key)) {
      seen.add(key);
      result.push(term);
    }
  }
  return result;
}
