import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { useObjectUrl } from './useObjectUrl';

interface Props {
  file: Blob;
  fileName: string;
  label: string;
  primary?: boolean;
}

/** A download of something private: first says where the file lands and who can see it there, then saves it under `fileName`. */
export function DownloadButton({ file, fileName, label, primary = false }: Props) {
  const url = useObjectUrl(file);
  const [asking, setAsking] = useState(false);
  if (!url) return null;
  const download = () => {
    setAsking(false);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  };
  return (
    <>
      <button type="button" class={primary ? 'primary' : undefined} onClick={() => setAsking(true)}>{label}</button>
      {asking && (
        <ConfirmDialog message={t('download.where')} confirmLabel={t('download.confirm')} cancelLabel={t('download.cancel')} onConfirm={download} onCancel={() => setAsking(false)} />
      )}
    </>
  );
}
