import { useState } from 'preact/hooks';
import type { Place, PrivatableField } from '../../domain/types';
import { t, type MessageKey } from '../../i18n';
import { PrivateToggle } from './PrivateToggle';
import { TextField } from '../../ui/TextField';

interface PlaceFieldsProps {
  place: Place;
  privateFields: PrivatableField[];
  onChange: (place: Place) => void;
  onPrivateChange: (privateFields: PrivatableField[]) => void;
}

const positionErrors: Record<number, MessageKey> = {
  1: 'editor.locationDenied',
  2: 'editor.locationUnavailable',
  3: 'editor.locationTimeout',
};

/** Free text, and on request the phone's position with the accuracy the browser reports. */
export function PlaceFields({ place, privateFields, onChange, onPrivateChange }: PlaceFieldsProps) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<MessageKey>();
  const hasPosition = place.latitude !== undefined && place.longitude !== undefined;

  function locate() {
    if (!('geolocation' in navigator)) {
      setProblem('editor.locationUnavailable');
      return;
    }
    setLocating(true);
    setProblem(undefined);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        onChange({ ...place, latitude: coords.latitude, longitude: coords.longitude, accuracyMeters: Math.round(coords.accuracy) });
      },
      (error) => {
        setLocating(false);
        setProblem(positionErrors[error.code] ?? 'editor.locationUnavailable');
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  return (
    <fieldset>
      <legend>{t('editor.place')}</legend>
      <div class="stack">
        <TextField id="editor-place" label={t('editor.placeText')} hint={t('editor.placeHint')} value={place.text} onInput={(text) => onChange({ ...place, text })} />
        <div aria-live="polite">
          {hasPosition && (
            <p class="position">
              {t('editor.locationFound', {
                latitude: place.latitude!.toFixed(5),
                longitude: place.longitude!.toFixed(5),
                accuracy: place.accuracyMeters ?? '?',
              })}
            </p>
          )}
          {locating && <p>{t('editor.locating')}</p>}
          {problem && <p class="error">{t(problem)}</p>}
        </div>
        <div class="row">
          <button type="button" onClick={locate} disabled={locating}>
            {t('editor.useLocation')}
          </button>
          {hasPosition && (
            <button type="button" onClick={() => onChange({ text: place.text })}>{t('editor.removeLocation')}</button>
          )}
        </div>
        <PrivateToggle field="place" fieldLabel={t('editor.place')} privateFields={privateFields} onChange={onPrivateChange} />
      </div>
    </fieldset>
  );
}
