import type { InputHTMLAttributes } from 'react';
import { TextField } from '../../components/form-fields';
import { groupRupiahDigits } from './rupiah';

/**
 * An amount in whole rupiah, typed with or without dots and shown grouped (`8.500.000`); the
 * label says "Rp". A numeric keypad on phones.
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
      onChange={(event) => onValue(groupRupiahDigits(event.target.value))}
      {...input}
    />
  );
}
