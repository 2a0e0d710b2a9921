import type { InputHTMLAttributes } from 'react';
import { formatRupiahDigits, parseRupiah } from '../../../domain/money';
import { TextField } from '../../components/form-fields';
import { groupRupiahDigits } from './rupiah';

/**
 * An amount in whole rupiah, typed with or without dots and shown grouped (`8.500.000`); the
 * label says "Rp". A numeric keypad on phones. Typed as people say it ("17 juta", "8,5 jt") it
 * is read when the field is left, as every other amount field reads it; until then the words
 * stay, so "17 j…" never collapses into Rp 17.
 */
export function RupiahField({
  label,
  error,
  value,
  onValue,
  ...input
}: {
  label: string;
  error?: string | undefined;
  value: string;
  onValue(value: string): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <TextField
      label={label}
      error={error}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(event) => {
        const typed = event.target.value;
        onValue(/[a-z]/i.test(typed) ? typed : groupRupiahDigits(typed));
      }}
      onBlur={(event) => {
        const read = parseRupiah(event.target.value);
        if (read.ok) onValue(formatRupiahDigits(read.value));
      }}
      {...input}
    />
  );
}
