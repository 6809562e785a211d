import { useState } from 'preact/hooks';
import type { RecordingHandle } from '../../capture/recorder';
import type { IncidentKind } from '../../domain/kinds';
import { t } from '../../i18n';
import type { PendingFile } from './form';
import { PendingFiles, type StoringProgress } from './PendingFiles';
import { RecorderPanel } from './RecorderPanel';
import { StoredAttachments } from './StoredAttachments';

interface EvidenceSectionProps {
  files: PendingFile[];
  progress?: StoringProgress;
  saving: boolean;
  incidentId: string;
  /** The incident is stored (an edit, or a new one a recording created): its stored files are listed too. */
  stored: boolean;
  kind?: IncidentKind;
  autoRecord: boolean;
  onRecordingStarted: (handle: RecordingHandle) => void;
  changeFiles: (next: (current: PendingFile[]) => PendingFile[]) => void;
}

export function EvidenceSection({ files, progress, saving, incidentId, stored, kind, autoRecord, onRecordingStarted, changeFiles }: EvidenceSectionProps) {
  // A finished recording is a stored file: the list reads again.
  const [storedChanges, setStoredChanges] = useState(0);
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
      <RecorderPanel incidentId={incidentId} kind={kind} autoStart={autoRecord} onStarted={onRecordingStarted}
        onStored={() => setStoredChanges((count) => count + 1)} />
      {stored && <StoredAttachments key={storedChanges} incidentId={incidentId} />}
    </fieldset>
  );
}
