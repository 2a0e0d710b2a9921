import { useEffect, useId, useState } from 'react';
import { readTimeOfDay, readTypedDay, showDayFirst, showTimeOfDay } from '../../domain/day-first';
import { useI18n } from '../i18n/i18n';
import { afterPress } from './after-press';
import { FieldError } from './form-fields';

type Problem = 'dateTime.required' | 'dateTime.badDay' | 'dateTime.badTime';

/** What the typed date and time send: `YYYY-MM-DDTHH:mm`, '' when empty, else the text itself. */
function valueOf(dayText: string, timeText: string): string {
  const day = readTypedDay(dayText);
  const time = readTimeOfDay(timeText);
  if (day && time) return `${day}T${time}`;
  // Unreadable or half typed: sent as typed, so the server refuses it by the field's name rather
  // than the form dropping it (the portal leaves out only empty proposals).
  return `${dayText.trim()} ${timeText.trim()}`.trim();
}

/** Every problem of the two parts at once: an unreadable date and time are both named. */
function problemsOf(dayText: string, timeText: string): Problem[] {
  const problems: Problem[] = [];
  if (dayText.trim() && !readTypedDay(dayText)) problems.push('dateTime.badDay');
  if (timeText.trim() && !readTimeOfDay(timeText)) problems.push('dateTime.badTime');
  if (problems.length === 0 && (!dayText.trim() || !timeText.trim()))
    problems.push('dateTime.required');
  return problems;
}

/**
 * Whether a problem is said before the form is sent: an unreadable date once the user leaves it,
 * an unreadable time once they leave the time, and a missing part once they leave the time having
 * typed something (moving from the date to the time is no mistake).
 */
function said(problem: Problem, left: { day: boolean; time: boolean }, typed: string): boolean {
  if (problem === 'dateTime.badDay') return left.day || left.time;
  if (problem === 'dateTime.badTime') return left.time;
  return left.time && typed.trim() !== '';
}

/**
 * A wall-clock date and time (`YYYY-MM-DDTHH:mm`, as the API takes it): the date typed day first
 * (dd/mm/yyyy, as `DayInput`) and the time on the 24-hour clock, whatever the browser's language.
 * Not the browser's own date-and-time control: an English (US) Chrome shows it month first with
 * AM/PM. Both parts are text with a number pad on phones (03042026 and 1430 read too). A part
 * that cannot be read is named under the field when the user leaves it, and instead of the
 * server's generic complaint when the form is refused; the server's own rules (a time in the
 * past, a busy panel) show as they come.
 */
export function DateTimeField({
  label,
  hint,
  error,
  name,
  value,
  onChange,
}: {
  label: string;
  hint?: string | undefined;
  /** The server's complaint about this field, translated. */
  error?: string | undefined;
  name: string;
  value: string;
  onChange(event: { target: { name: string; value: string } }): void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [dayText, setDayText] = useState(() => showDayFirst(value.slice(0, 10)));
  const [timeText, setTimeText] = useState(() => showTimeOfDay(value.slice(11, 16), locale));
  const [left, setLeft] = useState({ day: false, time: false });
  // A value set from outside (a proposed time picked) replaces the text; what the user is typing
  // and still reads the same stays as typed.
  useEffect(() => {
    if (valueOf(dayText, timeText) === value) return;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && value !== '') return;
    setDayText(showDayFirst(value.slice(0, 10)));
    setTimeText(showTimeOfDay(value.slice(11, 16), locale));
    // Only the value from outside matters here; the texts are the state it replaces.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  // The server's complaint is about what was sent: once the user changes it, it is gone until the
  // next answer (a new submit clears the error first, so the same complaint comes back anew).
  const [sentValue, setSentValue] = useState(value);
  useEffect(() => {
    setSentValue(value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
  const serverError = error && value === sentValue ? error : undefined;
  const problems = problemsOf(dayText, timeText).filter(
    (problem) => serverError || said(problem, left, dayText + timeText),
  );
  const own = problems.length ? problems.map((problem) => t(problem)).join(' ') : undefined;
  const shown = own ?? serverError;
  const change = (day: string, time: string) => {
    setDayText(day);
    setTimeText(time);
    onChange({ target: { name, value: valueOf(day, time) } });
  };
  const describedBy =
    [hint && `${id}-hint`, shown && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const part = {
    type: 'text',
    autoComplete: 'off',
    'aria-invalid': Boolean(shown) || undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <fieldset className={`field date-time-field${shown ? ' field--invalid' : ''}`}>
      <legend className="field__label">{label}</legend>
      <div className="date-time-field__parts">
        <label className="date-time-field__part">
          <span>{t('dateTime.day')}</span>
          <input
            {...part}
            name={`${name}Day`}
            inputMode="numeric"
            placeholder={t('common.dayFormat')}
            value={dayText}
            onChange={(event) => change(event.target.value, timeText)}
            onBlur={() => {
              const day = readTypedDay(dayText);
              if (day) setDayText(showDayFirst(day));
              afterPress(() => setLeft((was) => ({ ...was, day: true })));
            }}
          />
        </label>
        <label className="date-time-field__part date-time-field__part--time">
          <span>{t('dateTime.time')}</span>
          <input
            {...part}
            name={`${name}Time`}
            // A dot for 14.30 on a phone's pad, which the number pad may lack.
            inputMode="decimal"
            placeholder={t('dateTime.timeFormat')}
            value={timeText}
            onChange={(event) => change(dayText, event.target.value)}
            onBlur={() => {
              const time = readTimeOfDay(timeText);
              if (time) setTimeText(showTimeOfDay(time, locale));
              afterPress(() => setLeft((was) => ({ ...was, time: true })));
            }}
          />
        </label>
      </div>
      {hint && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      <FieldError id={`${id}-error`} error={shown} />
    </fieldset>
  );
}
