import type { JSX } from 'preact';
import { incidentKinds, type IncidentKind } from '../../domain/kinds';
import { languages } from '../../i18n/define';
import { t, tn } from '../../i18n';
import type { ExportChoices } from './exportOptions';

interface Props {
  choices: ExportChoices;
  onChange: (choices: ExportChoices) => void;
  periodInvalid: boolean;
  disabled: boolean;
}

/** Period, kinds, language, order, photos and which copy (the police copy by default); every choice has a safe default. */
export function ExportForm({ choices, onChange, periodInvalid, disabled }: Props) {
  const set = <Key extends keyof ExportChoices>(key: Key, value: ExportChoices[Key]) => onChange({ ...choices, [key]: value });
  const toggleKind = (kind: IncidentKind) =>
    set('kinds', choices.kinds.includes(kind) ? choices.kinds.filter((other) => other !== kind) : [...choices.kinds, kind]);
  const dateInput = (key: 'fromDate' | 'toDate') => (event: JSX.TargetedEvent<HTMLInputElement>) => set(key, event.currentTarget.value);
  return (
    <fieldset class="export-form" disabled={disabled}>
      <legend class="visually-hidden">{t('export.title')}</legend>
      <fieldset aria-describedby={periodInvalid ? 'export-period-problem' : 'export-period-hint'}>
        <legend>{t('export.period')}</legend>
        <div class="export-dates">
          <div>
            <label for="export-from">{t('export.from')}</label>
            <input id="export-from" type="date" value={choices.fromDate} max={choices.toDate || undefined} onInput={dateInput('fromDate')} aria-invalid={periodInvalid} />
          </div>
          <div>
            <label for="export-to">{t('export.to')}</label>
            <input id="export-to" type="date" value={choices.toDate} min={choices.fromDate || undefined} onInput={dateInput('toDate')} aria-invalid={periodInvalid} />
          </div>
        </div>
        {periodInvalid ? (
          <p id="export-period-problem" class="error" role="alert">{t('export.periodInvalid')}</p>
        ) : (
          <p id="export-period-hint" class="muted">{t('export.periodHint')}</p>
        )}
      </fieldset>

      <details class="export-kinds">
        <summary>
          {t('export.kinds')}
          {choices.kinds.length > 0 && <span class="muted"> · {tn('export.kindsChosen', choices.kinds.length)}</span>}
        </summary>
        <fieldset>
          <legend class="visually-hidden">{t('export.kinds')}</legend>
          <p class="muted">{t('export.kindsHint')}</p>
          {incidentKinds.map((kind) => (
            <label key={kind} class="export-choice">
              <input type="checkbox" checked={choices.kinds.includes(kind)} onChange={() => toggleKind(kind)} />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </fieldset>
      </details>

      <fieldset>
        <legend>{t('export.language')}</legend>
        {languages.map((option) => (
          <label key={option} class="export-choice" lang={option}>
            <input type="radio" name="export-language" checked={choices.language === option} onChange={() => set('language', option)} />
            {t(option === 'da' ? 'settings.language.da' : 'settings.language.en')}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('export.order')}</legend>
        {(['newestFirst', 'oldestFirst'] as const).map((order) => (
          <label key={order} class="export-choice">
            <input type="radio" name="export-order" checked={choices.order === order} onChange={() => set('order', order)} />
            {t(`export.order.${order}`)}
          </label>
        ))}
      </fieldset>

      <label class="export-choice">
        <input type="checkbox" checked={choices.includePhotos} onChange={() => set('includePhotos', !choices.includePhotos)} />
        {t('export.includePhotos')}
      </label>
      <fieldset>
        <legend>{t('export.copyFor')}</legend>
        <label class="export-choice">
          <input type="radio" name="export-copy" checked={choices.policeCopy} aria-describedby="export-police-hint" onChange={() => set('policeCopy', true)} />
          {t('export.policeCopy')}
        </label>
        <p id="export-police-hint" class="muted export-hint">{t('export.policeCopyHint')}</p>
        <label class="export-choice">
          <input type="radio" name="export-copy" checked={!choices.policeCopy} aria-describedby="export-own-hint" onChange={() => set('policeCopy', false)} />
          {t('export.ownCopy')}
        </label>
        <p id="export-own-hint" class="muted export-hint">{t('export.ownCopyHint')}</p>
      </fieldset>
    </fieldset>
  );
}
