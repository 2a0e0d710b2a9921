/**
 * Times are stored in UTC and shown in a place's zone (Asia/Jakarta unless told otherwise).
 * Pure: uses only the Intl time-zone data of the runtime.
 */
export const defaultTimeZone = 'Asia/Jakarta';

/** The zones HR picks an interview's time in: Indonesia's three, and two for candidates abroad. */
export const schedulingTimeZones = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Asia/Singapore',
  'UTC',
] as const;

/** Indonesia's three zones have names candidates know; others show the runtime's short name. */
const indonesianZoneNames: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function isTimeZone(zone: string): boolean {
  try {
    partsFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * One formatter per zone, made on first use: making an Intl.DateTimeFormat costs about ten times
 * what formatting with one does (~0.12 ms against ~0.01 ms), and a demo seed or a schedule
 * converts hundreds of times (issue 19's cold start). Only zones that exist are kept.
 */
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/**
 * The UTC instant of a wall-clock time (`2026-12-03T10:00`) in a zone, or undefined when the
 * text is not such a time (or the time does not exist there, e.g. skipped by daylight saving).
 */
export function zonedTimeToUtc(local: string, zone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match || !isTimeZone(zone)) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset even across a daylight-saving change.
  let instant = asIfUtc - offsetMinutes(new Date(asIfUtc), zone) * 60_000;
  instant = asIfUtc - offsetMinutes(new Date(instant), zone) * 60_000;
  const result = new Date(instant);
  return utcToZonedTime(result, zone) === local ? result : undefined;
}

/** The wall-clock time (`2026-12-03T10:00`) of an instant in a zone. */
export function utcToZonedTime(instant: Date, zone: string): string {
  const parts = zonedParts(instant, zone);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export function zoneLabel(zone: string, instant: Date, locale: 'id' | 'en'): string {
  const known = indonesianZoneNames[zone];
  if (known) return known;
  const name = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: zone,
    timeZoneName: 'short',
  })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName');
  return name?.value ?? zone;
}

/**
 * "Kamis, 3 Desember 2026" and "10.00 WIB" for e-mails and the portal. With `readerZone` (staff
 * screens: the reader works in Jakarta time) an interview booked in another zone gives the
 * reader's time too, "11.00 WITA (10.00 WIB)", and the reader's weekday when it is another day
 * there: a WITA row among WIB ones read as WIB puts the interviewer there an hour late (retrial24 L7).
 */
export function formatInterviewTime(
  instant: Date,
  zone: string,
  locale: 'id' | 'en',
  readerZone?: string,
): { date: string; time: string } {
  const intlLocale = locale === 'id' ? 'id-ID' : 'en-GB';
  const date = new Intl.DateTimeFormat(intlLocale, {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
  const time = `${clockIn(instant, zone, locale)} ${zoneLabel(zone, instant, locale)}`;
  if (!readerZone || offsetMinutes(instant, readerZone) === offsetMinutes(instant, zone)) {
    return { date, time };
  }
  const otherDay = zonedParts(instant, readerZone).day !== zonedParts(instant, zone).day;
  const weekday = otherDay
    ? `${new Intl.DateTimeFormat(intlLocale, { timeZone: readerZone, weekday: 'long' }).format(instant)} `
    : '';
  const reader = `${weekday}${clockIn(instant, readerZone, locale)} ${zoneLabel(readerZone, instant, locale)}`;
  return { date, time: `${time} (${reader})` };
}

function clockIn(instant: Date, zone: string, locale: 'id' | 'en'): string {
  const { hour, minute } = zonedParts(instant, zone);
  return locale === 'id' ? `${hour}.${minute}` : `${hour}:${minute}`;
}

function offsetMinutes(instant: Date, zone: string): number {
  const p = zonedParts(instant, zone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function zonedParts(instant: Date, zone: string) {
  const parts = partsFormat(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '00';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}
