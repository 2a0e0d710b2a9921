import type { Database } from '../../src/db/database';
import { benchAccounts } from './company';
import { HttpError, signIn } from './server';

/**
 * The writes of the bench's API mix (issue 19): what HR and interviewers change while others read.
 * Spread over jobs and candidates (a hash order, not the first rows), and each target owned by one
 * connection, so two connections never edit the same record and no write fails as stale:
 * - a note: a candidate's notes field edited (PUT /api/candidates/:id with the rest unchanged);
 * - a candidate edit: the same candidate's tags changed;
 * - a board move: an application toggled between `applied` and `cv_screening`;
 * - a scorecard: an interviewer's draft saved again with a new summary.
 * Interviewers have no password in the volume; the bench gives a few of them the bench password
 * (in the bench's own database only) so they can sign in and write their own drafts.
 */
export type WriteKind = 'note' | 'candidate edit' | 'board move' | 'scorecard draft';
export const writeKinds: WriteKind[] = ['note', 'candidate edit', 'board move', 'scorecard draft'];

interface CandidateTarget {
  id: string;
  fields: {
    fullName: string;
    email: string | null;
    phone: string | null;
    source: string;
    sourceDetail: string | null;
    tags: string[];
    notes: string;
    city: string | null;
  };
}
interface MoveTarget {
  id: string;
  stage: 'applied' | 'cv_screening';
}
interface ScorecardTarget {
  applicationId: string;
  stage: string;
  interviewerId: string;
  email: string;
}

export interface WriteTargets {
  candidates: CandidateTarget[];
  moves: MoveTarget[];
  scorecards: ScorecardTarget[];
}

/** Picks the targets (and lets their interviewers sign in); run before the servers start. */
export async function writeTargets(db: Database, perKind = 400): Promise<WriteTargets> {
  const candidates = await db.query<CandidateTarget['fields'] & { id: string }>(
    `SELECT id, full_name AS "fullName", email, phone, source, source_detail AS "sourceDetail",
            tags, notes, city
     FROM candidates WHERE anonymised_at IS NULL ORDER BY md5(id::text) LIMIT $1`,
    [perKind],
  );
  const moves = await db.query<MoveTarget>(
    `SELECT id, stage FROM applications WHERE stage IN ('applied', 'cv_screening')
     ORDER BY md5(id::text) LIMIT $1`,
    [perKind],
  );
  // Drafts still open: the application is at that interview's stage.
  const scorecards = await db.query<ScorecardTarget>(
    `SELECT s.application_id AS "applicationId", s.stage, s.interviewer_id AS "interviewerId",
            u.email
     FROM scorecards s JOIN applications a ON a.id = s.application_id
     JOIN users u ON u.id = s.interviewer_id
     WHERE s.submitted_at IS NULL AND a.stage = s.stage || '_interview'
       AND s.interviewer_id IN (SELECT interviewer_id FROM scorecards WHERE submitted_at IS NULL
                                GROUP BY 1 ORDER BY md5(interviewer_id::text) LIMIT 6)
     ORDER BY md5(s.id::text) LIMIT $1`,
    [perKind],
  );
  await db.query(
    `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = $1)
     WHERE id = ANY($2)`,
    [benchAccounts.hr.email, [...new Set(scorecards.map((s) => s.interviewerId))]],
  );
  return {
    candidates: candidates.map(({ id, ...fields }) => ({ id, fields })),
    moves,
    scorecards,
  };
}

async function send(
  base: string,
  cookie: string,
  method: 'PUT' | 'POST',
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<void> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json', origin: base },
    body: JSON.stringify(body),
    signal,
  });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, `${method} ${path}`, text);
}

/** Signs in the interviewers of the scorecard targets on one server: email -> cookie. */
export async function signInInterviewers(
  base: string,
  targets: WriteTargets,
): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const email of new Set(targets.scorecards.map((s) => s.email))) {
    cookies.set(email, await signInAs(base, email));
  }
  return cookies;
}

async function signInAs(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: benchAccounts.password }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${email} failed: ${response.status}`);
  const cookie = response.headers.getSetCookie().find((l) => l.startsWith('seleksi_session='));
  if (!cookie) throw new Error('Sign-in set no session cookie.');
  return cookie.split(';')[0]!;
}
export { signIn };

/**
 * Write number `run` of connection `lane` of `lanes`: its kind in turn, its target among those
 * this lane owns (target index ≡ lane mod lanes), so no two lanes touch one record.
 */
export async function write(
  targets: WriteTargets,
  { base, hr, interviewers }: { base: string; hr: string; interviewers: Map<string, string> },
  lane: number,
  lanes: number,
  run: number,
  signal?: AbortSignal,
): Promise<WriteKind> {
  const kind = writeKinds[run % writeKinds.length]!;
  const pick = <T>(list: T[]): T | undefined => {
    const owned = Math.floor((list.length - 1 - lane) / lanes) + 1;
    if (owned <= 0) return undefined;
    return list[lane + lanes * (Math.floor(run / writeKinds.length) % owned)];
  };
  if (kind === 'note' || kind === 'candidate edit') {
    const target = pick(targets.candidates);
    if (!target) return kind;
    const { fields } = target;
    if (kind === 'note') fields.notes = `Bench note ${run} at ${new Date().toISOString()}`;
    else
      fields.tags = fields.tags.includes('bench')
        ? fields.tags.filter((t) => t !== 'bench')
        : [...fields.tags, 'bench'].slice(-20);
    await send(base, hr, 'PUT', `/api/candidates/${target.id}`, fields, signal);
  } else if (kind === 'board move') {
    const target = pick(targets.moves);
    if (!target) return kind;
    const toStage = target.stage === 'applied' ? 'cv_screening' : 'applied';
    await send(base, hr, 'POST', `/api/applications/${target.id}/move`, { toStage }, signal);
    target.stage = toStage;
  } else {
    const target = pick(targets.scorecards);
    if (!target) return kind;
    await send(
      base,
      interviewers.get(target.email)!,
      'PUT',
      `/api/applications/${target.applicationId}/interviews/${target.stage}/scorecard`,
      { action: 'draft', summary: `Draft ${run}`, ratings: [] },
      signal,
    );
  }
  return kind;
}
