/** A wall-clock time in Jakarta (`2026-12-03T10:00`) some days from now, for scheduling inputs. */
export function jakartaTime(daysAhead: number, hour = 10): string {
  const date = new Date(Date.now() + daysAhead * 86_400_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(date);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}
