import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DatabaseUnavailable, isDatabaseUnavailable } from '../db/unavailable';
import { ServiceError } from '../services/errors';
import { ResponseMismatch } from './response-check';

const statusOf: Record<string, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  edited_elsewhere: 409,
  moved_elsewhere: 409,
  interview_cancelled: 410,
  too_many_attempts: 429,
  two_factor_required: 401,
  two_factor_enrolment_required: 403,
};

/** A database restart takes seconds; a client that waits this long usually finds it back. */
const retryAfterSeconds = 5;

/** Maps every error to the one JSON shape; unexpected ones are logged without request data. */
export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof ServiceError) {
    return reply.status(statusOf[error.code] ?? 400).send({
      error: { code: error.code, message: error.message, fields: error.fields },
    });
  }
  if (error instanceof ResponseMismatch) {
    // The route and the schema paths only: the reply itself carries personal data.
    request.log.error(
      { route: error.route, problems: error.problems },
      'response does not match its schema',
    );
    return reply.status(500).send({
      error: { code: 'response_mismatch', message: 'Something went wrong.', fields: [] },
    });
  }
  if (isDatabaseUnavailable(error)) {
    // A restart or a dropped connection: nothing is wrong with the request, and the app recovers
    // by itself once the server is back, so the client is told when to try again.
    const cause = error instanceof DatabaseUnavailable ? error.cause : error;
    request.log.warn(
      {
        err: { type: error.name, message: cause instanceof Error ? cause.message : error.message },
      },
      'database unavailable',
    );
    return reply
      .status(503)
      .header('retry-after', String(retryAfterSeconds))
      .send({
        error: {
          code: 'database_unavailable',
          message: 'The service is briefly unavailable; try again in a few seconds.',
          fields: [],
        },
      });
  }
  const status =
    'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 429) {
    return reply.status(429).send({
      error: {
        code: 'rate_limited',
        message: 'Too many requests; try again in a minute.',
        fields: [],
      },
    });
  }
  if (status < 500) {
    // Fastify's own client errors: malformed JSON, wrong content type, body too large.
    const code =
      status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'invalid';
    return reply.status(status).send({
      error: {
        code,
        message: error.message,
        fields: [{ path: 'body', code, message: error.message }],
      },
    });
  }
  request.log.error(
    { err: { type: error.name, message: error.message, stack: error.stack } },
    'request failed',
  );
  return reply
    .status(500)
    .send({ error: { code: 'internal', message: 'Something went wrong.', fields: [] } });
}

/**
 * Errors Fastify raises before routing (a malformed percent-encoding, a path segment longer than
 * the router accepts) get the same shape as every other bad input, without echoing the address
 * (it may hold a private link's token).
 */
export function handleFrameworkError(
  _error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  const message = 'The address is not valid.';
  return reply.status(400).send({
    error: { code: 'invalid', message, fields: [{ path: 'url', code: 'invalid_url', message }] },
  });
}
