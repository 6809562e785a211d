import { useEffect } from 'preact/hooks';
import { language, t } from '../i18n';
import { formatFileSize } from '../ui/fileSize';
import { freeSpace, refreshStorageStatus, requestPersistentStorage, storageStatus } from './storage';

export function StorageSection() {
  const status = storageStatus.value;
  useEffect(() => {
    void refreshStorageStatus(); // usage changes as evidence is added
  }, []);
  const askAgain = async () => {
    await requestPersistentStorage().catch(() => undefined);
    await refreshStorageStatus();
  };
  const size = (bytes: number | undefined) => (bytes === undefined ? t('pwa.storage.notAvailable') : formatFileSize(bytes, language.value));
  return (
    <section class="pwa-settings" aria-labelledby="pwa-storage" data-testid="storage-section">
      <h2 id="pwa-storage">{t('pwa.storage.title')}</h2>
      {status === undefined ? (
        <p aria-live="polite">{t('status.loading')}</p>
      ) : (
        <>
          {status.persisted === true && <p class="pwa-storage-safe">{t('pwa.storage.persistent')}</p>}
          {status.persisted !== true && (
            <div class="pwa-storage-warning" role="note">
              <p>{t(status.persisted === false ? 'pwa.storage.notPersistent' : 'pwa.storage.unknown')}</p>
              {status.persisted === false && <button type="button" onClick={() => void askAgain()}>{t('pwa.storage.askAgain')}</button>}
            </div>
          )}
          <dl class="pwa-storage-figures">
            <dt>{t('pwa.storage.used')}</dt>
            <dd data-testid="storage-used">{size(status.usage)}</dd>
            <dt>{t('pwa.storage.free')}</dt>
            <dd data-testid="storage-free">{size(freeSpace(status))}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
