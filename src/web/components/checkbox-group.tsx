import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError } from './form-fields';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

interface CheckboxListProps {
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  name?: string | undefined;
}

/** Checkboxes that pick several values of a list, in the order they are ticked. */
export function CheckboxList({ options, selected, onChange, name }: CheckboxListProps) {
  return options.map((option) => (
    <label key={option.value} className="checkbox">
      <input
        type="checkbox"
        name={name}
        value={option.value}
        checked={selected.includes(option.value)}
        onChange={(e) =>
          onChange(
            e.target.checked
              ? [...selected, option.value]
              : selected.filter((value) => value !== option.value),
          )
        }
      />
      {option.label}
    </label>
  ));
}

/**
 * A CheckboxList under its legend, with the field's error: in a bordered grid, or as a row of
 * choices (`layout="row"`) inside a dialog.
 */
export function CheckboxGroup({
  legend,
  error,
  layout = 'grid',
  ...list
}: CheckboxListProps & { legend: string; error?: string | undefined; layout?: 'grid' | 'row' }) {
  return (
    <fieldset className={layout === 'grid' ? 'fieldset' : 'choice-row'}>
      <legend>{legend}</legend>
      {layout === 'grid' ? (
        <div className="checkbox-grid">
          <CheckboxList {...list} />
        </div>
      ) : (
        <CheckboxList {...list} />
      )}
      <FieldError error={error} />
    </fieldset>
  );
}

/** One checkbox standing as a form field of its own (a consent, an opt-in), with its error. */
export function CheckField({
  label,
  error,
  ...input
}: { label: ReactNode; error?: string | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field field--check${error ? ' field--invalid' : ''}`}>
      <label>
        <input type="checkbox" aria-invalid={Boolean(error)} {...input} /> {label}
      </label>
      <FieldError error={error} />
    </div>
  );
}

/**
 * One checkbox beside its words (an opt-in, an override): `onChange` is told whether it is now
 * ticked. `warning` marks a tick that overrides a safeguard.
 */
export function Checkbox({
  label,
  onChange,
  warning = false,
  ...input
}: {
  label: ReactNode;
  onChange(checked: boolean): void;
  warning?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'type'>) {
  return (
    <label className={warning ? 'checkbox checkbox--warning' : 'checkbox'}>
      <input type="checkbox" onChange={(e) => onChange(e.target.checked)} {...input} />
      {label}
    </label>
  );
}
