// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/i18n/laterMessages';
import { setLanguage } from '../../src/i18n/setLanguage';
import { blankForm, inputFromForm, validateForm, type EditorForm } from '../../src/screens/IncidentEditor/form';
import { WhenFields } from '../../src/screens/IncidentEditor/WhenFields';
import { DateField } from '../../src/screens/Case/DateField';

// The editor's time entry on the nights the clocks change (the unit tests run in Europe/Copenhagen), and years.

let latest: EditorForm;
function Harness({ start }: { start: Partial<EditorForm> }) {
  const [form, setForm] = useState<EditorForm>({ ...blankForm(Date.UTC(2026, 9, 1)), kind: 'other', ...start });
  latest = form;
  return <WhenFields form={form} problems={{}} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} />;
}

describe('time entry', () => {
  beforeEach(() => setLanguage('en'));
  afterEach(cleanup);

  it('asks which 02:15 is meant on the night the clocks go back, by summer or winter time and offset', () => {
    render(<Harness start={{ occurredAt: '2026-10-25T02:15', occurredAtOffset: undefined }} />);
    expect(screen.getByText('02:15 came twice on Sunday 25 October 2026: the clocks were turned back. Which one do you mean?')).toBeTruthy();
    const first = screen.getByRole('radio', { name: 'The first: 02:15 (summer time, UTC+02:00)' }) as HTMLInputElement;
    const second = screen.getByRole('radio', { name: 'The second: 02:15 (winter time, UTC+01:00)' }) as HTMLInputElement;
    expect(first.checked || second.checked).toBe(false);
    // Undecided: nothing is stored, and the save is refused with the reason.
    expect(inputFromForm(latest).occurredAt).toBeUndefined();
    expect(validateForm(latest, Date.UTC(2026, 10, 28))).toEqual([{ field: 'occurredAt', message: 'validation.timeRepeated' }]);

    fireEvent.click(second);
    expect(second.checked).toBe(true);
    expect(inputFromForm(latest).occurredAt).toBe(Date.UTC(2026, 9, 25, 1, 15));
    fireEvent.click(first);
    expect(inputFromForm(latest).occurredAt).toBe(Date.UTC(2026, 9, 25, 0, 15));
    expect(validateForm(latest, Date.UTC(2026, 10, 28))).toEqual([]);
  });

  it('asks again when another repeated time is typed, and for the end time too', () => {
    render(<Harness start={{ occurredAt: '2026-10-25T02:15', occurredAtOffset: 3_600_000, endedAt: '2026-10-25T02:40' }} />);
    expect(inputFromForm(latest).occurredAt).toBe(Date.UTC(2026, 9, 25, 1, 15));
    fireEvent.input(screen.getByLabelText('Date and time'), { target: { value: '2026-10-25T02:20' } });
    expect(inputFromForm(latest).occurredAt).toBeUndefined();
    fireEvent.click(screen.getByRole('radio', { name: 'The second: 02:20 (winter time, UTC+01:00)' }));
    expect(screen.getAllByRole('radiogroup')).toHaveLength(2); // A choice for each of start and end.
    fireEvent.click(screen.getByRole('radio', { name: 'The second: 02:40 (winter time, UTC+01:00)' }));
    expect(inputFromForm(latest)).toMatchObject({ occurredAt: Date.UTC(2026, 9, 25, 1, 20), endedAt: Date.UTC(2026, 9, 25, 1, 40) });
  });

  it('says a time in the spring gap never existed and offers the times on either side, moving nothing', () => {
    render(<Harness start={{ occurredAt: '2026-03-29T02:30' }} />);
    expect(screen.getByText('02:30 did not exist on Sunday 29 March 2026: the clocks jumped from 02:00 to 03:00. Choose a time on either side.')).toBeTruthy();
    expect(inputFromForm(latest).occurredAt).toBeUndefined();
    expect(validateForm(latest, Date.UTC(2026, 10, 28))).toEqual([{ field: 'occurredAt', message: 'validation.timeSkipped' }]);
    expect(screen.getByRole('button', { name: 'Use 01:59 (winter time, UTC+01:00)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use 03:00 (summer time, UTC+02:00)' }));
    expect(latest.occurredAt).toBe('2026-03-29T03:00');
    expect(inputFromForm(latest).occurredAt).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(screen.getByText('Sunday 29 March 2026, 03:00')).toBeTruthy();
  });

  it('says so when a year is not plausible, and never reads 0085 as 1985', () => {
    render(<Harness start={{ occurredAt: '0085-06-01T10:00' }} />);
    expect(screen.getByText('The year 0085 is not plausible. Write all four digits, for example 2026.')).toBeTruthy();
    expect(inputFromForm(latest).occurredAt).toBeUndefined();
  });

  it('in Danish too', () => {
    setLanguage('da');
    render(<Harness start={{ occurredAt: '2026-10-25T02:15' }} />);
    expect(screen.getByRole('radio', { name: 'Den anden: 02:15 (vintertid, UTC+01:00)' })).toBeTruthy();
    cleanup();
    render(<Harness start={{ occurredAt: '2026-03-29T02:30' }} />);
    expect(screen.getByRole('button', { name: 'Brug 01:59 (vintertid, UTC+01:00)' })).toBeTruthy();
  });
});

describe('case dates', () => {
  afterEach(cleanup);
  it('say a year is not plausible instead of spelling 0085 as a date, and spell a real one', () => {
    setLanguage('en');
    const { rerender } = render(<DateField label="Issued" value="0085-03-01" onInput={() => undefined} />);
    expect(screen.getByText('The year 0085 is not plausible. Write all four digits, for example 2026.')).toBeTruthy();
    rerender(<DateField label="Issued" value="1985-03-01" onInput={() => undefined} />);
    expect(screen.getByText('Friday 1 March 1985')).toBeTruthy();
  });
});
