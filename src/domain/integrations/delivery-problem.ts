/**
 * Why a webhook delivery failed, in terms an admin can act on. The raw code (`econnrefused`,
 * `http_500`, …) stays beside it for whoever runs the receiving server.
 */
export const deliveryProblems = [
  /** Nothing listens at the address (server down, wrong port). */
  'refused',
  /** The receiver answered, with an error status (4xx/5xx). */
  'http_error',
  /** The receiver answered with a redirect, which deliveries never follow. */
  'redirected',
  /** No answer within the time limit. */
  'timeout',
  /** The endpoint's host name does not resolve. */
  'host_not_found',
  /** The connection dropped before an answer. */
  'connection_reset',
  /** The host resolves to a private or local address, where deliveries never go. */
  'private_address',
  /** The receiver's HTTPS certificate was not accepted. */
  'certificate',
  /** Any other network failure. */
  'network',
] as const;
export type DeliveryProblem = (typeof deliveryProblems)[number];

/** A receiver that takes longer is counted as failed (and tried again later). */
export const deliveryTimeoutSeconds = 10;

const byCode: Record<string, DeliveryProblem> = {
  econnrefused: 'refused',
  timeout: 'timeout',
  etimedout: 'timeout',
  esockettimedout: 'timeout',
  enotfound: 'host_not_found',
  eai_again: 'host_not_found',
  econnreset: 'connection_reset',
  epipe: 'connection_reset',
  econnaborted: 'connection_reset',
  ehostunreach: 'refused',
  enetunreach: 'refused',
  private_address: 'private_address',
};

const certificateCode =
  /^(cert_|depth_zero_self_signed_cert|self_signed_cert_in_chain|unable_to_(get|verify)_|err_tls_|err_ssl_)/;

/** The failure behind a logged code, and the HTTP status when the receiver answered. */
export function deliveryProblemOf(code: string): {
  problem: DeliveryProblem;
  httpStatus: number | null;
} {
  const http = /^http_(\d{3})$/.exec(code);
  if (http) {
    const httpStatus = Number(http[1]);
    return {
      problem: httpStatus >= 300 && httpStatus < 400 ? 'redirected' : 'http_error',
      httpStatus,
    };
  }
  const problem = byCode[code] ?? (certificateCode.test(code) ? 'certificate' : 'network');
  return { problem, httpStatus: null };
}

/**
 * Where a delivery stands in the task queue's own schedule: the job that will send it next, as
 * pg-boss keeps it (its retry count starts at 0 and grows with each retry it starts).
 */
export interface DeliveryJob {
  state: 'created' | 'retry' | 'active';
  retryCount: number;
  retryLimit: number;
  startAfter: Date;
}

/** A failed attempt the queue will follow with another: which one failed, of how many, and when. */
export interface DeliveryRetry {
  failedAttempt: number;
  attemptsAllowed: number;
  nextAttemptAt: Date;
}

export function deliveryRetryOf(job: DeliveryJob | undefined): DeliveryRetry | null {
  if (job?.state !== 'retry') return null;
  return {
    failedAttempt: job.retryCount + 1,
    attemptsAllowed: job.retryLimit + 1,
    nextAttemptAt: job.startAfter,
  };
}

/** One attempt of a delivery as the log keeps it: the receiver's status, or the failure's code. */
export interface DeliveryAttempt {
  /** 1 for the first; counting on after "send again". */
  attempt: number;
  /** When it was made, as stored (an ISO 8601 timestamp). */
  at: string;
  httpStatus: number | null;
  /** The short code of a failure (`http_500`, `econnrefused`, `timeout`); null when delivered. */
  error: string | null;
}
