/** A domain rule either holds or names what is wrong, field by field. */
export interface FieldProblem {
  path: string;
  /** Stable machine code; the web translates it. */
  code: string;
  message: string;
  /** Details the web needs to say more than the code (e.g. which jobs); JSON values only. */
  params?: Readonly<Record<string, unknown>>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const problem = <T = never>(path: string, code: string, message: string): Result<T> => ({
  ok: false,
  problems: [{ path, code, message }],
});
