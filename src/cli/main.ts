import { join } from 'node:path';
import { ConfigError, readConfig, type Config } from '../config';
import { analyzeUsage, runAnalyze } from './analyze-command';
import { runMove } from './move-command';
import { publicUrlWarning } from './public-url-warning';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { isEmptyDataDir, usableTemplate } from '../db/pglite-template';
import { DataDirLocked } from '../db/data-dir-lock';
import { syncBuiltInQuestions } from '../services/question-bank/question-bank-service';
import { prepareDatabase } from '../services/database-setup';
import { buildApp } from '../server/app';
import { startBackgroundWork } from '../services/background/background-work';
import { openCvStore } from '../services/candidates/cv-store';
import { demoPassword, demoUsers } from '../services/demo/demo-company';
import { seedDemoData } from '../services/demo/demo-seed-service';
import { accountsAtStart } from '../services/demo/accounts-at-start';
import { ServiceError } from '../services/errors';
import { createSecretBox, loadSecretKey, SecretKeyError } from '../services/secret-box';
import { sealClearTotpSecrets } from '../services/account/two-factor-service';
import { consolePasswordLink } from '../services/user-admin/create-password-link';

const usage = `Usage: seleksi <command>

Commands:
  serve       apply migrations, load demo data into an empty database, start the web app
  migrate     apply pending SQL migrations
  seed-demo   load the demo company into an empty database
  analyze     analyse interview answers offline (see: seleksi analyze --help)
  move-to-postgres --to <postgres://…>
              copy the embedded database into a new PostgreSQL database, and say what else to
              copy (CV files, the secret key); stop \`serve\` first (see: --help)
  admin-link <email> [name]
              a one-time link to set a password: for an existing user, or a new admin
              (the first admin of an empty installation, or a locked-out one)

Environment: DATABASE_URL (PostgreSQL server; default: embedded PGlite under SELEKSI_DATA_DIR, ./data,
in the server's thread; SELEKSI_PGLITE_THREAD=worker runs it in a thread of its own, experimental),
PORT (3000), HOST (127.0.0.1), LOG_LEVEL (info), SELEKSI_DEMO=false (serve without demo data),
SMTP_URL (send e-mail; default: keep it in the built-in outbox), SMTP_FROM, SELEKSI_PUBLIC_URL,
SELEKSI_COMPANY_NAME, SELEKSI_CV_DIR (uploaded CVs; default <data dir>/cv-files),
SELEKSI_CV_STORE=s3://bucket/prefix (CVs in an S3-compatible bucket instead; with SELEKSI_S3_ENDPOINT,
SELEKSI_S3_REGION, SELEKSI_S3_ACCESS_KEY_ID, SELEKSI_S3_SECRET_ACCESS_KEY, SELEKSI_S3_FORCE_PATH_STYLE),
SELEKSI_SECRET_KEY (32 bytes, hex or base64: encrypts two-factor secrets; default <data dir>/secret.key).`;

async function open(config: Config): Promise<Database> {
  const dataDir = join(config.dataDir, 'pglite');
  // A first start on PGlite copies the template the build saved instead of creating a cluster.
  const template =
    !config.databaseUrl && isEmptyDataDir(dataDir)
      ? usableTemplate(config.pgliteTemplateDir)
      : undefined;
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir,
    template,
    pgliteThread: config.pgliteThread,
  });
}

async function serve(config: Config): Promise<void> {
  const started = performance.now();
  // The key first: a malformed SELEKSI_SECRET_KEY stops the start before anything else happens.
  const secretKey = await loadSecretKey({
    fromEnvironment: config.secretKey,
    dataDir: config.dataDir,
  });
  const secretBox = createSecretBox(secretKey.key);
  const db = await open(config);
  await prepareDatabase(db);
  const totp = await sealClearTotpSecrets(db, secretBox);
  // One store for uploads, text extraction and erasure: with S3 any instance reads any CV.
  const cvStore = openCvStore(config.cvStore);
  const seeded = config.loadDemo && (await seedDemoData(db, config.mail, new Date(), cvStore));
  const app = await buildApp({
    db,
    webDir: config.webDir,
    cvDir: config.cvDir,
    cvStore,
    mail: config.mail,
    secretBox,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    checkResponses: config.checkResponses,
    cacheAnswers: config.cacheAnswers,
    allowLoopbackWebhooks: config.allowLoopbackWebhooks,
  });
  await app.listen({ port: config.port, host: config.host });
  const background = await startBackgroundWork(db, {
    mail: config.mail,
    smtpUrl: config.smtpUrl,
    cvStore,
    secretBox,
    allowLoopbackWebhooks: config.allowLoopbackWebhooks,
    scheduleRetention: true,
    onFailure: (what, detail) => app.log.warn(detail, what),
  });
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nSeleksi is running at ${url} (database: ${db.engine}, ready in ${seconds}s)`);
  if (seeded) console.log('Demo data loaded.');
  if (secretKey.source === 'new file') {
    console.log(
      `Created the secret key ${secretKey.path}: back it up (without it, two-factor sign-in must be set up again).`,
    );
  }
  if (totp.sealed) console.log(`Encrypted ${totp.sealed} two-factor secrets stored in clear.`);
  if (totp.unreadable) {
    console.warn(
      `Warning: ${totp.unreadable} two-factor secrets cannot be decrypted with this key ` +
        `(${secretKey.source === 'environment' ? 'SELEKSI_SECRET_KEY' : secretKey.path}). ` +
        'Restore the key they were stored with, or an admin resets those users’ two-factor sign-in.',
    );
  }
  console.log(
    config.smtpUrl
      ? 'E-mail is sent through SMTP_URL.'
      : 'E-mail stays in the built-in outbox (set SMTP_URL to send it).',
  );
  const publicUrlProblem = publicUrlWarning(config, url);
  if (publicUrlProblem) console.warn(publicUrlProblem);
  const accounts = await accountsAtStart(db);
  if (accounts === 'demo') {
    console.log(`Demo accounts (password "${demoPassword}"):`);
    for (const user of demoUsers.slice(0, 4))
      console.log(`  ${user.email.padEnd(30)} ${user.role}`);
  }
  if (accounts === 'none') console.log(firstAdminHint(config));
  const stop = async () => {
    await background.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const adminLinkCommand = 'npx seleksi admin-link you@company.co.id "Your Name"';

/**
 * An empty installation has no account to sign in with: the first admin's link comes from the
 * console. On PGlite the server holds the data directory, so the command runs while it is stopped.
 */
function firstAdminHint(config: Config): string {
  return config.databaseUrl
    ? `No accounts yet. Make the first admin: in another terminal run\n  ${adminLinkCommand}\n` +
        'and open the link it prints.'
    : 'No accounts yet. Make the first admin: stop the server (Ctrl+C), run\n' +
        `  ${adminLinkCommand}\nthen start it again (npm start) and open the link it printed.`;
}

/** What to do when a console command finds the server holding the PGlite data directory. */
function lockedAdvice(command: string | undefined, error: DataDirLocked): string {
  return (
    `the data directory ${error.dataDir} is in use by the running Seleksi server (PID ` +
    `${error.holder.pid}): on the embedded database one process at a time may open it. Stop the ` +
    `server first (Ctrl+C in its terminal, or kill ${error.holder.pid}), run \`seleksi ${command}\` ` +
    'again, then start the server again. With DATABASE_URL (PostgreSQL) it runs while the server runs.'
  );
}

async function main(argv: string[]): Promise<void> {
  const config = readConfig();
  const [command] = argv;
  if (command === 'serve') return serve(config);
  if (command === 'migrate') {
    const db = await open(config);
    const applied = await migrate(db);
    const added = await db.transaction((tx) => syncBuiltInQuestions(tx));
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate.');
    if (added) console.log(`Added ${added} built-in interview questions.`);
    return db.close();
  }
  if (command === 'move-to-postgres') {
    process.exitCode = await runMove(argv.slice(1), config, (line) => console.log(line));
    return;
  }
  if (command === 'analyze') {
    if (argv.includes('--help')) return console.log(analyzeUsage);
    process.exitCode = runAnalyze(
      argv.slice(1),
      (line) => console.log(line),
      (line) => console.error(line),
    );
    return;
  }
  if (command === 'admin-link') {
    const [email, ...name] = argv.slice(1);
    if (!email) {
      console.log('Usage: seleksi admin-link <email> [name of a new admin]');
      process.exitCode = 1;
      return;
    }
    const db = await open(config);
    await prepareDatabase(db);
    try {
      const { link, created } = await consolePasswordLink(db, config.mail, {
        email,
        name: name.join(' '),
      });
      console.log(created ? `Created the admin ${email}.` : `A new link for ${email}.`);
      console.log(`Open within ${link.purpose === 'invitation' ? '72' : '24'} hours, once:`);
      console.log(`  ${config.mail.publicUrl}/set-password#${link.token}`);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      console.error(error.fields.map((field) => field.message).join(' ') || error.message);
      process.exitCode = 1;
    } finally {
      await db.close();
    }
    return;
  }
  if (command === 'seed-demo') {
    const db = await open(config);
    await prepareDatabase(db);
    const seeded = await seedDemoData(db, config.mail, new Date(), openCvStore(config.cvStore));
    console.log(
      seeded ? 'Demo data loaded.' : 'The database already holds data; demo data was not loaded.',
    );
    await db.close();
    if (!seeded) process.exitCode = 1;
    return;
  }
  console.log(usage);
  if (command !== 'help' && command !== '--help') process.exitCode = 1;
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  // A configuration mistake gets one clear line, not a stack trace.
  if (
    !(error instanceof SecretKeyError) &&
    !(error instanceof ConfigError) &&
    !(error instanceof DataDirLocked)
  ) {
    throw error;
  }
  const [command] = process.argv.slice(2);
  // `serve` may use another data directory; a console command (admin-link) needs this one.
  if (error instanceof DataDirLocked && command && command !== 'serve') {
    console.error(`seleksi ${command} cannot run: ${lockedAdvice(command, error)}`);
  } else {
    console.error(`Seleksi cannot start: ${error.message}`);
  }
  process.exitCode = 1;
}
