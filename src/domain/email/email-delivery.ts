/** A queued message is sent once, or fails for good after its retries. */
export const emailStatuses = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** Through the SMTP server, or kept in the built-in outbox when none is set. */
export const emailTransports = ['smtp', 'outbox'] as const;
export type EmailTransport = (typeof emailTransports)[number];

/** The calendar invitation's method: a new or changed interview, or a cancelled one. */
export const calendarMethods = ['REQUEST', 'CANCEL'] as const;
export type CalendarMethod = (typeof calendarMethods)[number];
