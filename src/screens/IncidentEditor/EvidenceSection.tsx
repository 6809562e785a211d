import { t } from '../../i18n';
import type { PendingFile } from './form';
import { PendingFiles, type StoringProgress } from './PendingFiles';
import { StoredAttachments } from './StoredAttachments';

interface EvidenceSectionProps {
  files: PendingFile[];
  progress?: StoringProgress;
  saving: boolean;
  /** Set when editing a stored incident: its stored files are listed too. */
  incidentId?: string;
  changeFiles: (next: (current: PendingFile[]) => PendingFile[]) => void;
}

export function EvidenceSection({ files, progress, saving, incidentId, changeFiles }: EvidenceSectionProps) {
  return (
    <fieldset>
      <legend>{t('editor.evidence')}</legend>
      <PendingFiles
        files={files}
        progress={progress}
        disabled={saving}
        onAdd={(added) => changeFiles((current) => [...current, ...added])}
        onRemove={(key) => changeFiles((current) => current.filter((file) => file.key !== key))}
      />
      {incidentId && <StoredAttachments incidentId={incidentId} />}
    </fieldset>
  );
}
