import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

interface PersonPhotoProps {
  photo?: Blob;
  name: string;
  onChange: (photo?: Blob, photoType?: string) => void;
}

/** A temporary blob: URL for a stored photo, released when the photo changes or the screen closes. */
function useObjectUrl(blob?: Blob): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return setUrl(undefined);
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return url;
}

export function PersonPhoto({ photo, name, onChange }: PersonPhotoProps) {
  const url = useObjectUrl(photo);
  const choose = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Stored as a plain Blob with its type beside it: a File read back from IndexedDB may lose its name and type.
    if (file) onChange(new Blob([file], { type: file.type }), file.type);
    input.value = '';
  };
  return (
    <div class="person-photo">
      <span class="field-label" aria-hidden="true">{t('case.person.photo')}</span>
      <div class="person-photo-row">
        {url && <img src={url} alt={t('case.person.photo.alt', { name })} class="person-photo-image" />}
        <div class="person-photo-actions">
          <label class="button file-button">
            {t(photo ? 'case.person.photo.replace' : 'case.person.photo.choose')}
            <input type="file" accept="image/*" class="visually-hidden" onChange={choose} />
          </label>
          {photo && (
            <button type="button" onClick={() => onChange(undefined, undefined)}>{t('case.person.photo.remove')}</button>
          )}
        </div>
      </div>
    </div>
  );
}
