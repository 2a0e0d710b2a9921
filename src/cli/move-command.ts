import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { openDatabase } from '../db/database';
import { isEmptyDataDir } from '../db/pglite-template';
import {
  moveToPostgres,
  MoveRefused,
  type DatabaseMove,
} from '../services/database-move/move-to-postgres';
import { secretKeyFileName } from '../services/secret-box';

export const moveUsage = `Usage: seleksi move-to-postgres --to postgres://user:password@host/database [--copy-cv-files <dir>]

Copies everything in the embedded database (SELEKSI_DATA_DIR/pglite) into a new, empty PostgreSQL
database, in one transaction: candidates, interviews, scorecards, offers, users and their sessions,
settings, the audit log, report figures, and the e-mails, reminders and other tasks still to run.
Stop \`seleksi serve\` first. The embedded database keeps its data (it is brought to this version first).
  --to              the PostgreSQL database (default: DATABASE_URL); refused when it holds data
  --copy-cv-files   also copy the CV files (SELEKSI_CV_DIR) into this folder`;

type Print = (line: string) => void;

/** `seleksi move-to-postgres`: the move, then what is left to do by hand (CV files, the key). */
export async function runMove(argv: string[], config: Config, print: Print): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      to: { type: 'string' },
      'copy-cv-files': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const to = values.to ?? config.databaseUrl;
  if (values.help || !to) {
    print(moveUsage);
    return values.help ? 0 : 1;
  }
  const pgliteDir = join(config.dataDir, 'pglite');
  if (isEmptyDataDir(pgliteDir)) {
    print(`There is no embedded database in ${pgliteDir} (SELEKSI_DATA_DIR): nothing to move.`);
    return 1;
  }
  const started = performance.now();
  // Opening the directory takes its lock: a running `seleksi serve` stops the move here.
  const source = await openDatabase({ dataDir: pgliteDir });
  let move: DatabaseMove;
  try {
    const target = await openDatabase({ databaseUrl: to });
    try {
      move = await moveToPostgres(source, target);
    } finally {
      await target.close();
    }
  } catch (error) {
    if (!(error instanceof MoveRefused)) throw error;
    print(`Nothing was moved: ${error.message}`);
    return 1;
  } finally {
    await source.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  printCopied(move, `${pgliteDir} to ${withoutPassword(to)}`, seconds, print);
  printLeftToDo(move, config, values['copy-cv-files'], print);
  return 0;
}

function printCopied(move: DatabaseMove, what: string, seconds: string, print: Print): void {
  const held = move.tables.filter((table) => table.rows > 0);
  const total = held.reduce((sum, table) => sum + table.rows, 0);
  print(`Moved ${what} in ${seconds}s: ${total} rows in ${held.length} tables.`);
  for (const table of held) print(`  ${table.table.padEnd(32)} ${String(table.rows).padStart(8)}`);
  print(
    `  ${'tasks still to run (pg-boss)'.padEnd(32)} ${String(move.pendingTasks).padStart(8)}` +
      '  (e-mails not yet sent, interview reminders, CVs to read)',
  );
  print('The nightly schedules (retention, offer reminders) are made again by the first start.');
}

function printLeftToDo(
  move: DatabaseMove,
  config: Config,
  copyTo: string | undefined,
  print: Print,
): void {
  print('\nLeft to do:');
  // The key first: the data is already moved, so a failed CV copy must not hide it.
  printSecretKeyStep(move, config, print);
  printCvFilesStep(move, config, copyTo, print);
  print(
    `- Start with DATABASE_URL set to the new database (and SELEKSI_PUBLIC_URL). Keep ${config.dataDir} ` +
      'until the new installation has been checked.',
  );
}

function printSecretKeyStep(move: DatabaseMove, config: Config, print: Print): void {
  const keyFile = join(config.dataDir, secretKeyFileName);
  const key = config.secretKey
    ? 'SELEKSI_SECRET_KEY as it is set here'
    : existsSync(keyFile)
      ? `SELEKSI_SECRET_KEY="$(cat ${keyFile})"`
      : undefined;
  print(
    key
      ? `- The secret key: set ${key} on every instance (${move.twoFactorUsers} users sign in with ` +
          'two-factor; without the key an admin must reset theirs). Keep a copy apart from backups.'
      : `- The secret key: none was found here (${keyFile}, SELEKSI_SECRET_KEY); ` +
          `${move.twoFactorUsers} users sign in with two-factor and will need an admin to reset it.`,
  );
}

function printCvFilesStep(
  move: DatabaseMove,
  config: Config,
  copyTo: string | undefined,
  print: Print,
): void {
  if (config.cvStore.kind === 's3') {
    print(`- CV files: already in the bucket (SELEKSI_CV_STORE); give the new instances the same.`);
    return;
  }
  const files = existsSync(config.cvDir) ? readdirSync(config.cvDir) : [];
  const bytes = files.reduce((sum, file) => sum + statSync(join(config.cvDir, file)).size, 0);
  const size = `${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, for ${move.cvFiles} CVs`;
  const byHand =
    'Copy the folder to where the new instances read CVs (SELEKSI_CV_DIR on a folder they all ' +
    'mount, or --copy-cv-files), or upload each file to the bucket of SELEKSI_CV_STORE under its ' +
    'own name (the SHA-256 of its bytes).';
  if (!copyTo || !files.length) {
    print(`- CV files: ${size} in ${config.cvDir}. ${byHand}`);
    return;
  }
  try {
    cpSync(config.cvDir, copyTo, { recursive: true, force: false, errorOnExist: false });
    print(
      `- CV files: copied ${size} from ${config.cvDir} to ${copyTo}; set SELEKSI_CV_DIR=${copyTo}.`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    print(`- CV files: copying to ${copyTo} failed (${reason}); the database is moved. ${byHand}`);
  }
}

/** The target as it is shown: never its password. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}
