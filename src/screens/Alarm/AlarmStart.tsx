import { useState } from 'preact/hooks';
import { routeHref } from '../../app/router';
import type { AlarmSignal } from '../../domain/alarm/alarmSignal';
import type { TrustedPerson } from '../../domain/types';
import { language, t } from '../../i18n';
import { AlarmSettings } from './AlarmSettings';
import { alarmRecipients } from '../../domain/alarm/alarmAccess';
import { startAlarm } from './alarmRun';
import { HoldButton } from './HoldButton';

interface AlarmStartProps {
  trustedPeople: TrustedPerson[];
  signal: AlarmSignal;
  withoutPasscode: boolean;
  practice: boolean;
}

/** Before the alarm: who gets the text, the hold button, practice, and the choice of sound and light. */
export function AlarmStart({ trustedPeople, signal: storedSignal, withoutPasscode, practice: practiceAsked }: AlarmStartProps) {
  const [practice, setPractice] = useState(practiceAsked);
  const [signal, setSignal] = useState(storedSignal);
  const recipients = alarmRecipients(trustedPeople);
  return (
    <>
      <h1>{t(practice ? 'alarm.practice.title' : 'alarm.title')}</h1>
      <p>{t('alarm.intro')}</p>
      {recipients.length > 0 ? (
        <p class="alarm-recipients">{t('alarm.recipients', { people: recipients.map((person) => person.name).join(', ') })}</p>
      ) : (
        <>
          <p class="alarm-recipients">{t('alarm.recipients.none')}</p>
          <a class="button" href={routeHref({ screen: 'case' })}>{t('alarm.recipients.add')}</a>
        </>
      )}
      <label class="check">
        <input type="checkbox" checked={practice} onChange={(event) => setPractice(event.currentTarget.checked)} />
        <span>{t('alarm.practiceChoice')}</span>
      </label>
      <HoldButton label={t(practice ? 'alarm.hold.practice' : 'alarm.hold')}
        onHeld={() => startAlarm({ practice, recipients, signal, language: language.value })} />
      <p id="alarm-hold-hint" class="muted">{t('alarm.hold.hint')}</p>
      <AlarmSettings signal={signal} onChange={setSignal} withoutPasscode={withoutPasscode} />
    </>
  );
}
