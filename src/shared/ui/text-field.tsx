import { useId } from 'react';
import { fieldError, fieldHint, fieldLabel, textInput } from './form-classes';

interface TextFieldProps {
  /** The control's id, for a form that moves focus to it; a generated one otherwise. */
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A sentence under the label, read with the field. */
  hint?: string;
  /** Shown under the field and marks it invalid; empty or absent when the value is fine. */
  error?: string;
  /** A multi-line field of this many rows; a one-line input when absent. */
  rows?: number;
  className?: string;
}

/**
 * A labelled text input or textarea with its hint and its error, wired for assistive technology
 * (`aria-describedby`, `aria-invalid`). The error line is always there, so the layout does not
 * jump when it appears.
 */
export function TextField({
  id: givenId,
  label,
  value,
  onChange,
  hint,
  error,
  rows,
  className,
}: TextFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const shared = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': hint ? `${hintId} ${errorId}` : errorId,
    className: textInput,
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={fieldHint}>
          {hint}
        </p>
      ) : null}
      {rows === undefined ? (
        <input
          {...shared}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <textarea
          {...shared}
          rows={rows}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      <p id={errorId} className={fieldError}>
        {error}
      </p>
    </div>
  );
}
