import type { Database } from '../db/database';
import { deliverEmail } from './email/email-delivery';
import { emailTransport } from './email/email-transport';
import { jobQueues, startJobWorkers, type JobWorkers, type RetryPolicy } from './jobs/job-queue';
import { sendInterviewReminders } from './scheduling/scheduling-service';

export interface BackgroundWorkOptions {
  /** An SMTP server (`smtp://user:pass@host:587`); without it messages stay in the outbox. */
  smtpUrl?: string | undefined;
  retry?: RetryPolicy;
  pollingIntervalSeconds?: number;
  /** Told about failures by message id and error code only: never addresses or content. */
  onFailure?: (what: string, detail: Record<string, unknown>) => void;
}

/** The server's background work: delivering e-mail and sending interview reminders. */
export async function startBackgroundWork(
  db: Database,
  options: BackgroundWorkOptions = {},
): Promise<JobWorkers> {
  const transport = emailTransport(options.smtpUrl);
  const workers = await startJobWorkers(db, {
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.pollingIntervalSeconds
      ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
      : {}),
    onError: (error) =>
      options.onFailure?.('job queue error', { error: (error as Error).message ?? 'unknown' }),
    handlers: {
      [jobQueues.sendEmail]: async (data, attempt) => {
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
      [jobQueues.interviewReminder]: (data) =>
        sendInterviewReminders(db, {
          interviewId: String(data.interviewId),
          sequence: Number(data.sequence),
        }),
    },
  });
  return {
    async stop() {
      await workers.stop();
      transport.close();
    },
  };
}
