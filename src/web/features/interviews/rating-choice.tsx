import { useId } from 'react';
import { FieldError } from '../../components/form-fields';
import { ratings, type Rating } from '../../../domain/scorecard';
import { useI18n } from '../../i18n/i18n';

/**
 * Four big radio buttons, easy to hit with a thumb during an interview. A refused rating marks
 * each button invalid and points it at the error, as a form's other fields do.
 */
export function RatingChoice({
  name,
  label,
  value,
  onChange,
  disabled,
  error,
}: {
  name: string;
  label: string;
  value: Rating | null;
  onChange(value: Rating): void;
  disabled?: boolean;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const errorId = `${useId()}-error`;
  return (
    <fieldset className={`rating${error ? ' rating--invalid' : ''}`}>
      <legend>{label}</legend>
      <div className="rating__options">
        {ratings.map((rating) => (
          <label key={rating} className={`rating__option rating__option--${rating}`}>
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              disabled={disabled}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? errorId : undefined}
              onChange={() => onChange(rating)}
            />
            <span>{t(`rating.${rating}`)}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
