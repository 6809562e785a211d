import { useState } from 'preact/hooks';
import { getAttachmentFile } from '../../db';
import { evidenceNotes, wallTimeAsUtc } from '../../domain/evidenceNotes';
import type { Attachment } from '../../domain/types';
import { visibleName } from '../../domain/visibleName';
import { language, t } from '../../i18n';
import { formatInstant, formatInstantInZone } from '../../i18n/dates';
import { fileKindName } from '../../i18n/fileKinds';
import { EvidenceNotes } from '../../ui/EvidenceNotes';
import { fileTypeLabel, formatFileSize } from '../../ui/fileSize';
import { DownloadButton } from '../../ui/DownloadButton';
import { Thumbnail } from '../../ui/Thumbnail';
import { useObjectUrl } from '../../ui/useObjectUrl';
import { errorText } from '../../ui/errorText';

type Viewer = 'image' | 'audio' | 'video' | 'pdf';

function viewerFor(mimeType: string): Viewer | undefined {
  if (mimeType === 'application/pdf') return 'pdf';
  const [family] = mimeType.split('/');
  return family === 'image' || family === 'audio' || family === 'video' ? family : undefined;
}

function FileViewer({ file, viewer, name }: { file: Blob; viewer: Viewer; name: string }) {
  const url = useObjectUrl(file);
  if (!url) return null;
  switch (viewer) {
    case 'image': return <img class="file-view" src={url} alt={name} />;
    case 'audio': return <audio class="file-view" src={url} controls aria-label={name} />;
    case 'video': return <video class="file-view" src={url} controls aria-label={name} />;
    case 'pdf': return <iframe class="file-view file-view-pdf" src={url} title={name} />;
  }
}

/** One piece of evidence with the facts that make it checkable, and the original bytes on request. */
export function AttachmentCard({ attachment }: { attachment: Attachment }) {
  const [file, setFile] = useState<Blob>();
  const [showing, setShowing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const viewer = viewerFor(attachment.mimeType);
  const lang = language.value;
  // Shown with its hidden characters written out, so "invoice" + U+202E + "gpj.exe" cannot pass for a photo.
  const name = visibleName(attachment.fileName);

  async function open() {
    try {
      setFile(file ?? (await getAttachmentFile(attachment.id)));
      setShowing((shown) => !shown || !viewer);
      setProblem(undefined);
    } catch (error) {
      setProblem(t('incident.fileOpenFailed', { name, detail: errorText(error) }));
    }
  }

  // An EXIF time without an offset is shown as the camera wrote it, saying the offset is unknown, never placed in a zone.
  const capturedTime = attachment.capturedLocalTime
    ? `${formatInstantInZone(wallTimeAsUtc(attachment.capturedLocalTime), lang, 'dateTime', 'UTC')}, ${t('evidence.offsetUnknown')}`
    : attachment.capturedAt !== undefined && formatInstant(attachment.capturedAt, lang, 'dateTime');
  const captured = !capturedTime
    ? t('incident.capturedUnknown')
    : attachment.capturedAtSource === 'recording'
      ? t('incident.capturedRecording', { start: capturedTime, end: formatInstant(attachment.recordedUntil ?? attachment.capturedAt!, lang, 'time') })
      : t(attachment.capturedAtSource === 'exif' ? 'incident.capturedExif' : 'incident.capturedFile', { time: capturedTime });

  return (
    <li class="attachment card">
      <div class="attachment-head">
        <Thumbnail image={attachment.thumbnail} alt="" fallback={fileTypeLabel(attachment.mimeType, name)} size="large" />
        <h3 class="attachment-name">{name}</h3>
      </div>
      <dl class="facts">
        <dt>{t('incident.fileType')}</dt><dd>{fileKindName(lang, attachment.mimeType, name)}</dd>
        <dt>{t('incident.fileSize')}</dt><dd>{formatFileSize(attachment.size, lang)}</dd>
        <dt>{t('incident.capturedAt')}</dt><dd>{captured}</dd>
        <dt>{t('incident.addedAt')}</dt><dd>{formatInstant(attachment.addedAt, lang, 'dateTime')}</dd>
      </dl>
      <EvidenceNotes notes={evidenceNotes(attachment)} />
      <details class="check-details">
        <summary>{t('incident.checkDetails')}</summary>
        <dl class="facts">
          <dt>{t('incident.sha256')}</dt><dd class="hash">{attachment.sha256}</dd>
        </dl>
        <p class="muted">{t('incident.sha256Note')}</p>
      </details>
      <div class="row">
        {viewer && (
          <button type="button" aria-expanded={showing} onClick={open}>
            {t(showing ? 'incident.hide' : 'incident.view', { name })}
          </button>
        )}
        {file ? <DownloadButton file={file} fileName={name} label={t('incident.download', { name })} /> : !viewer && <button type="button" onClick={open}>{t('action.open')}</button>}
      </div>
      {problem && <p class="error-box" role="alert">{problem}</p>}
      {showing && file && viewer && <FileViewer file={file} viewer={viewer} name={name} />}
    </li>
  );
}
