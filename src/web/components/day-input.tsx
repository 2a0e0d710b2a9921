import { useEffect, useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { readDayFirst, showDayFirst } from '../../domain/day-first';
import { useI18n } from '../i18n/i18n';

/**
 * A date typed day first (03/04/2026 is 3 April) in Indonesian and English alike. Not the
 * browser's date input: that shows and reads dates in the browser's own language, month first
 * in an English (US) Chrome, so 03/04/2026 became 4 March. `value` and the `onChange` event's
 * `target.value` are `YYYY-MM-DD` as before ('' while the text is no date yet); yyyy-mm-dd may
 * be typed too. With `sendsText`, text that reads as no date goes to the form as typed instead of
 * '', so that the server names the field beside the form's other problems (a form's field, not
 * a filter's: a filter skips a date it cannot read).
 */
export function DayInput({
  value,
  onChange,
  onBlur,
  name,
  sendsText = false,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & {
  value?: string;
  sendsText?: boolean | undefined;
}) {
  const { t } = useI18n();
  const iso = value ?? '';
  const [text, setText] = useState(showDayFirst(iso));
  // A value set from outside (a form filled, a filter cleared) replaces the text.
  useEffect(() => {
    setText((current) => {
      const sent = readDayFirst(current) ?? (sendsText && current.trim() ? current : '');
      return sent === iso ? current : showDayFirst(iso);
    });
  }, [iso, sendsText]);
  const read = readDayFirst(text);
  return (
    <input
      {...input}
      name={name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('common.dayFormat')}
      value={text}
      aria-invalid={input['aria-invalid'] || (text.trim() !== '' && !read) || undefined}
      onChange={(event) => {
        setText(event.target.value);
        const typed = event.target.value;
        const day = readDayFirst(typed) ?? (sendsText && typed.trim() ? typed : '');
        // The form reads event.target.value: the day as YYYY-MM-DD, not the text typed (unless
        // it reads as no date and the form sends it as typed).
        onChange?.({
          ...event,
          target: { name, value: day },
          currentTarget: { name, value: day },
        } as unknown as ChangeEvent<HTMLInputElement>);
      }}
      onBlur={(event) => {
        if (read) setText(showDayFirst(read));
        onBlur?.(event);
      }}
    />
  );
}
