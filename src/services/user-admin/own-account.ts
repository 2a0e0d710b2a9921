import { Conflict } from '../errors';

/** An admin cannot lock themselves out: no changing their own role, no deactivating themselves. */
export function ownAccount(path: string) {
  return new Conflict(
    [{ path, code: 'own_account', message: 'Another admin must change your own account.' }],
    'Another admin must change your own account.',
  );
}
