// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addIncident, getIncident, trashIncident } from '../../src/db';
import { deviceTimeZone } from '../../src/domain/zone';
import { setLanguage } from '../../src/i18n/setLanguage';
import { incidentTime } from '../../src/report/format';
import IncidentDetail from '../../src/screens/IncidentDetail';
import IncidentEditor from '../../src/screens/IncidentEditor';
import { KeyExamples } from '../../src/screens/Overview/KeyExamples';
import { PoliceContacts } from '../../src/screens/Overview/PoliceContacts';
import { summarize } from '../../src/domain/summary';
import Timeline from '../../src/screens/Timeline';
import Trash from '../../src/screens/Trash';
import { freshDatabase, incidentInput } from '../helpers/db';

// An incident written in Copenhagen, read on a phone that has travelled to New York: every screen and the report
// show the incident's own time, 20:30, with its offset, never the phone's 15:30 (as the log and editor once did).

const occurredAt = Date.UTC(2026, 2, 14, 19, 30); // Saturday 20:30 in Copenhagen, 15:30 in New York
const short = 'Sat 14 Mar 2026 20:30 (UTC+01:00)';
const long = 'Saturday 14 March 2026, 20:30 (UTC+01:00)';
const now = Date.UTC(2026, 5, 1);

describe('a phone in another zone than the incident', () => {
  const homeZone = process.env.TZ;
  let id: string;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = homeZone;
  });
  beforeEach(async () => {
    freshDatabase();
    setLanguage('en');
    const incident = await addIncident(incidentInput({
      kind: 'following', occurredAt, timeZone: 'Europe/Copenhagen', keyExample: true, description: 'Outside the station',
      police: { journalNumber: '0100-1', officer: 'Jensen', phone: '' },
    }), now);
    id = incident.id;
  });
  afterEach(cleanup);

  it('really is in New York', () => {
    expect(deviceTimeZone()).toBe('America/New_York');
    expect(new Date(occurredAt).getHours()).toBe(15);
  });

  it('shows the same time on every screen and in the report', async () => {
    const incident = (await getIncident(id))!;

    render(<Timeline />);
    await waitFor(() => expect(document.querySelector('a.incident-row')?.textContent).toContain(short));
    cleanup();

    render(<IncidentDetail id={id} />);
    expect(await screen.findByText(long)).toBeTruthy();
    cleanup();

    render(<IncidentEditor id={id} />);
    const input = (await screen.findByLabelText('Date and time')) as HTMLInputElement;
    expect(input.value).toBe('2026-03-14T20:30');
    expect(screen.getByText(long)).toBeTruthy();
    expect(screen.getByText('Times here are in Europe/Copenhagen, the time zone this incident was recorded in.')).toBeTruthy();
    cleanup();

    const summary = summarize([incident], { clearNoDate: '', restrainingOrders: [] });
    render(<><KeyExamples examples={summary.keyExamples} /><PoliceContacts contacts={summary.policeContacts} /></>);
    expect(screen.getAllByText(new RegExp(short.replace(/[()+]/g, '\\$&')))).toHaveLength(2);
    cleanup();

    expect(incidentTime(incident, 'en', deviceTimeZone())).toBe(short);
  });

  it('reads a time typed in the editor in the incident zone, and keeps that zone', async () => {
    history.replaceState(null, '', `#/incident/${id}/edit`);
    render(<IncidentEditor id={id} />);
    fireEvent.input(await screen.findByLabelText('Date and time'), { target: { value: '2026-03-14T21:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getIncident(id))?.occurredAt).toBe(Date.UTC(2026, 2, 14, 20)));
    expect((await getIncident(id))?.timeZone).toBe('Europe/Copenhagen');
  });

  it('shows it in the trash too', async () => {
    await trashIncident(id, now + 1);
    render(<Trash />);
    expect(await screen.findByText(short)).toBeTruthy();
  });
});
