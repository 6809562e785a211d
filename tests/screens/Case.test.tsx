// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Case from '../../src/screens/Case';
import { StorageFullError, ValidationError, getCaseDetails, listPeople, saveCaseDetails } from '../../src/db';
import { language } from '../../src/i18n';
import { freshDatabase } from '../helpers/db';

// The real verbs, wrapped so one test can make the disk look full.
vi.mock('../../src/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/db')>();
  return { ...actual, saveCaseDetails: vi.fn(actual.saveCaseDetails) };
});

function type(field: HTMLElement, value: string) {
  fireEvent.input(field, { target: { value } });
}

function section(name: string): HTMLElement {
  return screen.getByRole('heading', { name }).closest('section')!;
}

async function openCase() {
  render(<Case />);
  await screen.findByLabelText('Your name, as it should appear in the report');
}

describe('the case screen', () => {
  beforeEach(() => {
    freshDatabase();
    language.value = 'en';
  });
  afterEach(cleanup);

  it('keeps the case details and a person with two phone numbers after the screen is opened again', async () => {
    await openCase();
    type(screen.getByLabelText('Your name, as it should appear in the report'), 'Anna Jensen');
    type(screen.getByLabelText('Date you clearly said no'), '2025-11-03');
    type(screen.getByLabelText('How you said it (short note)'), 'Text message: no more contact.');
    fireEvent.click(screen.getByRole('button', { name: /Add restraining order/ }));
    const order = screen.getByRole('group', { name: 'Restraining order 1' });
    type(within(order).getByLabelText('Issued on'), '2025-12-01');
    type(within(order).getByLabelText('Expires on'), '2030-12-01');
    type(within(order).getByLabelText('Journal number'), '0100-12345-00001-25');
    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0].textContent).toContain('Saved'));

    fireEvent.click(screen.getByRole('button', { name: /Add a person/ }));
    const person = section('Person without a name');
    type(within(person).getByLabelText('Name'), 'Mikkel Holm');
    type(within(person).getByLabelText('Phone number 1'), '+45 12 34 56 78');
    fireEvent.click(within(person).getByRole('button', { name: /Add phone number/ }));
    expect(document.activeElement).toBe(within(person).getByLabelText('Phone number 2'));
    type(within(person).getByLabelText('Phone number 2'), '87 65 43 21');
    type(within(person).getByLabelText('Relation to you'), 'Ex-partner');
    fireEvent.click(within(person).getByRole('button', { name: 'Save person' }));
    await waitFor(() => expect(within(person).getByRole('status').textContent).toContain('Saved'));

    cleanup();
    await openCase();
    expect(screen.getByLabelText<HTMLInputElement>('Your name, as it should appear in the report').value).toBe('Anna Jensen');
    expect(screen.getByLabelText<HTMLInputElement>('Date you clearly said no').value).toBe('2025-11-03');
    expect(screen.getByLabelText<HTMLInputElement>('How you said it (short note)').value).toBe('Text message: no more contact.');
    const reopenedOrder = screen.getByRole('group', { name: 'Restraining order 1' });
    expect(within(reopenedOrder).getByLabelText<HTMLInputElement>('Journal number').value).toBe('0100-12345-00001-25');
    expect(within(reopenedOrder).getByLabelText<HTMLInputElement>('Expires on').value).toBe('2030-12-01');
    const reopened = section('Mikkel Holm');
    expect(within(reopened).getByLabelText<HTMLInputElement>('Phone number 1').value).toBe('+45 12 34 56 78');
    expect(within(reopened).getByLabelText<HTMLInputElement>('Phone number 2').value).toBe('87 65 43 21');
    expect(within(reopened).getByLabelText<HTMLInputElement>('Relation to you').value).toBe('Ex-partner');
  });

  it('removes a person only after the removal is confirmed', async () => {
    await openCase();
    fireEvent.click(screen.getByRole('button', { name: /Add a person/ }));
    type(screen.getByLabelText('Name'), 'Mikkel Holm');
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
    await waitFor(async () => expect(await listPeople()).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Remove person' }));
    const question = screen.getByRole('group', { name: /Remove Mikkel Holm/ });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(await listPeople()).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Remove person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Mikkel Holm' })).toBeNull());
    expect(await listPeople()).toEqual([]);
  });

  it('refuses a restraining order that expires before it was issued: summary at the top, the field marked, nothing stored', async () => {
    await openCase();
    fireEvent.click(screen.getByRole('button', { name: /Add restraining order/ }));
    type(screen.getByLabelText('Issued on'), '2026-01-10');
    type(screen.getByLabelText('Expires on'), '2025-01-10');
    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const message = 'Restraining order 1 expires before it was issued. Check the dates.';
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#case-order-1-expiresOn');
    const expires = screen.getByLabelText('Expires on');
    expect(expires.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(expires.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toBe(message);
    expect((await getCaseDetails()).restrainingOrders).toEqual([]);
  });

  it('keeps trusted people for the alarm, and refuses a number that cannot get a text until it is corrected', async () => {
    await openCase();
    fireEvent.click(screen.getByRole('button', { name: /Add someone you trust/ }));
    const person = screen.getByRole('group', { name: 'Trusted person 1' });
    type(within(person).getByLabelText('Name'), 'Søs Ærøe');
    type(within(person).getByLabelText('Mobile number'), '12 34');
    expect((within(person).getByLabelText('Gets the alarm text') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const message = 'The number of trusted person 1 cannot get a text. Write 8 digits, or + and the country code.';
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#case-trusted-1-phone');
    expect(within(person).getByLabelText('Mobile number').getAttribute('aria-invalid')).toBe('true');
    expect((await getCaseDetails()).trustedPeople).toEqual([]);

    type(within(person).getByLabelText('Mobile number'), '20 30 40 50');
    fireEvent.click(within(person).getByLabelText('Gets the alarm text'));
    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    await waitFor(async () => expect((await getCaseDetails()).trustedPeople).toEqual([{ name: 'Søs Ærøe', phone: '20 30 40 50', getsAlarmText: false }]));
  });

  it('refuses a clear no in the future on every path: Save, leaving the screen, and the database verb itself', async () => {
    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toLocaleDateString('sv-SE'); // yyyy-MM-dd, local
    await openCase();
    type(screen.getByLabelText('Date you clearly said no'), tomorrow);
    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'The date of the clear no is in the future. Check the date.' })).toBeTruthy();
    expect(screen.getByLabelText('Date you clearly said no').getAttribute('aria-invalid')).toBe('true');
    expect((await getCaseDetails()).version).toBe(0);

    // Leaving keeps a draft only; the record is not written on the way out.
    cleanup();
    await new Promise((done) => setTimeout(done, 50));
    expect(await getCaseDetails()).toMatchObject({ clearNoDate: '', version: 0 });
    await openCase();
    expect(screen.getByLabelText<HTMLInputElement>('Date you clearly said no').value).toBe(tomorrow);
    expect(screen.getByText(/was not saved yet; it is back/)).toBeTruthy();

    // The verb applies the same rule to any caller.
    await expect(saveCaseDetails({ ownName: '', clearNoDate: tomorrow, clearNoNote: '', restrainingOrders: [] })).rejects.toBeInstanceOf(ValidationError);
    expect((await getCaseDetails()).version).toBe(0);
  });

  it('keeps what was typed as a draft when the screen is left without saving, and brings it back', async () => {
    await openCase();
    type(screen.getByLabelText('Your name, as it should appear in the report'), 'Anna Jensen');
    expect(screen.getAllByRole('status')[0].textContent).toContain('Not saved yet');
    await screen.findByText(/Draft kept on this phone at/, {}, { timeout: 3000 });
    cleanup();
    expect((await getCaseDetails()).ownName).toBe('');
    await openCase();
    expect(screen.getByLabelText<HTMLInputElement>('Your name, as it should appear in the report').value).toBe('Anna Jensen');
    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    await waitFor(() => expect(screen.getAllByRole('status').some((status) => /Saved at \d\d:\d\d/.test(status.textContent ?? ''))).toBe(true));
    expect((await getCaseDetails()).ownName).toBe('Anna Jensen');
  });

  it('says the phone is out of space when saving fails for that reason, and keeps what was typed', async () => {
    await openCase();
    type(screen.getByLabelText('Your name, as it should appear in the report'), 'Anna Jensen');
    vi.mocked(saveCaseDetails).mockRejectedValueOnce(new StorageFullError('Storage is full'));
    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    const trouble = await screen.findByTestId('storage-trouble');
    expect(within(trouble).getByText('Not saved: the phone is out of storage space. Everything you typed is still here.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Your name, as it should appear in the report').value).toBe('Anna Jensen');
    expect(screen.getAllByRole('status')[0].textContent).toContain('Not saved yet');

    fireEvent.click(screen.getByRole('button', { name: 'Save case details' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0].textContent).toContain('Saved at'));
    expect(screen.queryByTestId('storage-trouble')).toBeNull();
    expect((await getCaseDetails()).ownName).toBe('Anna Jensen');
  });
});
