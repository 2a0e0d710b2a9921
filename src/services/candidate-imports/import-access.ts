import type { Queryable } from '../../db/database';
import { findCandidateImport, type CandidateImportRow } from '../../db/queries/candidate-imports';
import type { Actor } from '../actor';
import { requireHr } from '../access-policy';
import { NotFound } from '../errors';

/**
 * Imports are HR's work (as adding candidates by hand is); an import's rows are personal data, so
 * only the HR user who uploaded it, or an admin, sees it.
 */
export async function requireOwnImport(
  db: Queryable,
  actor: Actor,
  importId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CandidateImportRow> {
  requireHr(actor);
  const found = await findCandidateImport(db, importId, options);
  if (!found || (found.createdBy !== actor.id && actor.role !== 'admin')) {
    throw new NotFound('Import');
  }
  return found;
}

/** Lets other requests run between batches of a long import (PGlite shares one thread with them). */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
