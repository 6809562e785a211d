import type { ComponentChildren } from 'preact';
import type { Incident, PrivatableField } from '../../domain/types';
import { t, type MessageKey } from '../../i18n';

function Field({ incident, field, label, children }: { incident: Incident; field: PrivatableField; label: MessageKey; children: ComponentChildren }) {
  return (
    <section class="detail-field" aria-labelledby={`detail-${field}`}>
      <h2 id={`detail-${field}`}>
        {t(label)}
        {incident.privateFields.includes(field) && <span class="badge private-badge">{t('incident.private')}</span>}
      </h2>
      {children}
    </section>
  );
}

/** The written parts of an incident; empty parts are left out, private ones are marked. */
export function IncidentFields({ incident }: { incident: Incident }) {
  const { place, police } = incident;
  const hasPosition = place.latitude !== undefined && place.longitude !== undefined;
  const policeLines = [
    police.journalNumber && t('incident.journalNumber', { value: police.journalNumber }),
    police.officer && t('incident.officer', { value: police.officer }),
    police.phone && t('incident.policePhone', { value: police.phone }),
  ].filter(Boolean);
  return (
    <>
      {(place.text || hasPosition) && (
        <Field incident={incident} field="place" label="editor.place">
          {place.text && <p class="prose">{place.text}</p>}
          {hasPosition && (
            <p class="muted">
              {t('incident.coordinates', { latitude: place.latitude!.toFixed(5), longitude: place.longitude!.toFixed(5), accuracy: place.accuracyMeters ?? '?' })}
            </p>
          )}
        </Field>
      )}
      {incident.description && (
        <Field incident={incident} field="description" label="editor.description"><p class="prose">{incident.description}</p></Field>
      )}
      {incident.peopleInvolved && (
        <Field incident={incident} field="peopleInvolved" label="editor.peopleInvolved"><p class="prose">{incident.peopleInvolved}</p></Field>
      )}
      {incident.effect && <Field incident={incident} field="effect" label="editor.effect"><p class="prose">{incident.effect}</p></Field>}
      {incident.witnesses.length > 0 && (
        <Field incident={incident} field="witnesses" label="editor.witnesses">
          <ul class="witnesses">
            {incident.witnesses.map((witness, index) => (
              <li key={index}>
                <strong>{witness.name}</strong>
                {witness.contact && <span> · {t('incident.witnessContact', { contact: witness.contact })}</span>}
                {witness.note && <p class="prose muted">{witness.note}</p>}
              </li>
            ))}
          </ul>
        </Field>
      )}
      {policeLines.length > 0 && (
        <Field incident={incident} field="police" label="editor.police">
          <ul class="plain">{policeLines.map((line) => <li key={line}>{line}</li>)}</ul>
        </Field>
      )}
    </>
  );
}
