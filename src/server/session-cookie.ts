import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookie = 'seleksi_session';
/**
 * Over HTTPS the cookie carries the `__Host-` prefix: the browser then accepts it only when
 * Secure, from this exact host, with path /, so a sibling subdomain cannot plant or shadow it.
 */
export const secureSessionCookie = `__Host-${sessionCookie}`;

const nameFor = (request: FastifyRequest) =>
  request.protocol === 'https' ? secureSessionCookie : sessionCookie;

export function readSessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[nameFor(request)] || undefined;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expires: Date,
) {
  reply.setCookie(nameFor(request), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(nameFor(request), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}
