import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { vacuumEmbeddedDatabase } from '../../db/planner-statistics';
import { foldReportMonthDeltas } from '../../db/queries/report-month-facts';
import { anonymiseExpiredCandidates } from '../privacy/retention-service';
import { purgeErasedData } from '../privacy/erased-data-purge';
import { extractCvText } from '../candidates/cv-file-service';
import type { CvStore } from '../candidates/cv-store';
import { deliverEmail } from '../email/email-delivery';
import { emailTransport } from '../email/email-transport';
import { taskQueues, startTaskWorkers, type TaskWorkers, type RetryPolicy } from './task-queue';
import { sendInterviewReminders } from '../scheduling/interview-reminders';
import { sendOfferReminders } from '../offers/offer-reminders';
import { deliverWebhook } from '../integrations/webhook-delivery';
import type { SecretBox } from '../secret-box';
import { runImportStep } from '../candidate-imports/import-work';
import { deleteAbandonedUploads } from '../candidate-imports/commit-import';

export interface BackgroundWorkOptions {
  /** What the e-mails and reminders say about this installation (config.ts). */
  mail: MailSettings;
  /** An SMTP server (`smtp://user:pass@host:587`); without it messages stay in the outbox. */
  smtpUrl?: string | undefined;
  /** Where uploaded CVs are; with it, this process also reads their text. */
  cvStore?: CvStore | undefined;
  /**
   * Run the daily jobs: anonymising expired candidates and reminding candidates of offers about to
   * expire (the server does; most tests do not).
   */
  scheduleRetention?: boolean;
  /** Opens webhook endpoints' signing secrets; with it, this process also sends webhooks. */
  secretBox?: SecretBox | undefined;
  /** Webhooks may go to this machine (SELEKSI_WEBHOOK_LOOPBACK=true: tests and development). */
  allowLoopbackWebhooks?: boolean;
  retry?: RetryPolicy;
  pollingIntervalSeconds?: number;
  /** Messages sent at once by this process; `emailDeliveryConcurrency` unless given. */
  emailConcurrency?: number;
  /** Told about failures by message id and error code only: never addresses or content. */
  onFailure?: (what: string, detail: Record<string, unknown>) => void;
}

/**
 * Several messages in flight keep a bulk backlog short, and an urgent message queued behind it
 * waits only for the first of them to finish. Few enough that hosted SMTP services, which cap
 * simultaneous connections per account, do not refuse them.
 */
export const emailDeliveryConcurrency = 4;

/**
 * The server's background work: delivering e-mail, sending interview reminders, reading CVs,
 * purging erased data from the database files.
 */
export async function startBackgroundWork(
  db: Database,
  options: BackgroundWorkOptions,
): Promise<TaskWorkers> {
  const transport = emailTransport(options.smtpUrl, options.mail);
  const workers = await startTaskWorkers(db, {
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.pollingIntervalSeconds
      ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
      : {}),
    concurrency: {
      [taskQueues.sendEmail]: options.emailConcurrency ?? emailDeliveryConcurrency,
    },
    onError: (error) =>
      options.onFailure?.('task queue error', { error: (error as Error).message ?? 'unknown' }),
    handlers: {
      [taskQueues.sendEmail]: async (data, attempt) => {
        const messageId = String(data.messageId);
        try {
          await deliverEmail(db, transport, messageId, attempt);
        } catch (error) {
          const code = (error as { code?: unknown }).code;
          options.onFailure?.('e-mail delivery failed', {
            messageId,
            code: typeof code === 'string' ? code : 'unknown',
            final: attempt.final,
          });
          throw error;
        }
      },
      [taskQueues.candidateImport]: async (data, attempt) => {
        await runImportStep(
          db,
          options.mail,
          String(data.importId),
          data.step === 'import' ? 'import' : 'check',
          attempt,
          {
            onFailure: (code) => options.onFailure?.('candidate import failed', { code }),
          },
        );
      },
      [taskQueues.purgeErasedData]: async () => {
        try {
          await purgeErasedData(db);
        } catch (error) {
          // The SQLSTATE where there is one: a database message may quote a value.
          const code = (error as { code?: unknown }).code;
          options.onFailure?.('purge of erased data failed', {
            error: typeof code === 'string' ? code : (error as Error).message,
          });
          throw error;
        }
      },
      [taskQueues.offerReminders]: async () => {
        await sendOfferReminders(db, options.mail);
      },
      [taskQueues.foldReportMonths]: async () => {
        await foldReportMonthDeltas(db);
      },
      [taskQueues.vacuumDatabase]: async () => {
        await vacuumEmbeddedDatabase(db);
      },
      [taskQueues.interviewReminder]: (data) =>
        sendInterviewReminders(db, options.mail, {
          interviewId: String(data.interviewId),
          sequence: Number(data.sequence),
        }),
      ...(options.secretBox
        ? {
            [taskQueues.deliverWebhook]: async (data: Record<string, unknown>, attempt) => {
              const deliveryId = String(data.deliveryId);
              try {
                await deliverWebhook(db, options.secretBox!, deliveryId, attempt, {
                  allowLoopback: options.allowLoopbackWebhooks ?? false,
                });
              } catch (error) {
                options.onFailure?.('webhook delivery failed', {
                  deliveryId,
                  code: (error as { code?: unknown }).code ?? 'unknown',
                  final: attempt.final,
                });
                throw error;
              }
            },
          }
        : {}),
      ...(options.cvStore
        ? {
            [taskQueues.extractCvText]: async (data: Record<string, unknown>) => {
              const cvFileId = String(data.cvFileId);
              const read = await extractCvText(db, options.cvStore!, cvFileId);
              // Several instances each with a CV folder of their own: the upload went to another.
              if (read?.problem === 'file_missing') {
                options.onFailure?.('CV file missing from the CV store (is it shared?)', {
                  cvFileId,
                });
              }
            },
            [taskQueues.anonymiseExpired]: async () => {
              await anonymiseExpiredCandidates(db, options.cvStore!);
              // Spreadsheets uploaded and never imported are personal data kept for nothing.
              await deleteAbandonedUploads(db);
            },
          }
        : {}),
    },
    // Anonymising every night at 02:00 WIB, offer reminders at 08:00 WIB (read in the morning),
    // on PGlite (no autovacuum) VACUUM ANALYZE at 03:30 WIB, after the night's anonymising, and
    // the report month deltas folded every 5 minutes (a read sums the deltas not folded yet);
    // pg-boss makes sure one instance runs each.
    ...(options.scheduleRetention
      ? {
          schedules: {
            [taskQueues.anonymiseExpired]: '0 2 * * *',
            [taskQueues.offerReminders]: '0 8 * * *',
            [taskQueues.foldReportMonths]: '*/5 * * * *',
            ...(db.engine === 'pglite' ? { [taskQueues.vacuumDatabase]: '30 3 * * *' } : {}),
          },
        }
      : {}),
  });
  return {
    async stop() {
      await workers.stop();
      transport.close();
    },
  };
}
