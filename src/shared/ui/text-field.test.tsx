import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TextField } from './text-field';

function Harness({ rows, error }: { rows?: number; error?: string }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      label="Reason"
      hint="Why it changes"
      value={value}
      onChange={setValue}
      rows={rows}
      error={error}
    />
  );
}

describe('TextField', () => {
  it('labels the field, describes it with its hint and error, and reports what is typed', async () => {
    render(<Harness error="Give a reason." />);
    const field = screen.getByLabelText('Reason');
    expect(field.tagName).toBe('INPUT');
    expect(field).toHaveAccessibleDescription('Why it changes Give a reason.');
    expect(field).toBeInvalid();
    await userEvent.type(field, 'Outage');
    expect(field).toHaveValue('Outage');
  });

  it('is a textarea with rows, and valid without an error', () => {
    render(<Harness rows={3} />);
    const field = screen.getByLabelText('Reason');
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveAttribute('rows', '3');
    expect(field).toBeValid();
  });
});
