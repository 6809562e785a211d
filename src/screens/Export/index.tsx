import '../../i18n/laterMessages';
import { useEffect, useRef, useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { BackLink } from '../../ui/BackLink';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errorText';
import { StorageFullError } from '../../db';
import type { ReportOptions, ReportResult } from '../../report/types';
import { defaultChoices, toReportOptions, type ExportChoices } from './exportOptions';
import { createBundle, createReport, NothingToExportError, type ExportProgress } from './runExport';
import { ExportForm } from './ExportForm';
import { ExportProgressCard } from './ExportProgressCard';
import { ExportResultCard, type ExportedFile } from './ExportResultCard';
import { lockIsOn } from '../../app/lock';
import './Export.css';

type Job =
  | { state: 'idle' }
  | { state: 'running'; progress: ExportProgress }
  | { state: 'done'; file: ExportedFile }
  | { state: 'stopped'; message: string; cancelled: boolean };

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function cancelled(): Job {
  return { state: 'stopped', message: t('export.cancelled'), cancelled: true };
}

function failureText(error: unknown, what: ExportedFile['what']): string {
  if (error instanceof NothingToExportError) return t('export.noIncidents');
  if (error instanceof StorageFullError) return errorText(error);
  const detail = error instanceof Error ? error.message : String(error);
  return t(what === 'report' ? 'export.reportFailed' : 'export.bundleFailed', { detail });
}

function sameOptions(a: ReportOptions, b: ReportOptions): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Builds the PDF (or the evidence bundle) on the phone, with progress, cancel, share and download. */
export default function Export() {
  const [choices, setChoices] = useState<ExportChoices>(() => defaultChoices(language.value));
  const [job, setJob] = useState<Job>({ state: 'idle' });
  // The own copy holds the private details: it is made only after a second yes.
  const [confirmingOwnCopy, setConfirmingOwnCopy] = useState<ExportedFile['what']>();
  const [missing, setMissing] = useState(false);
  // With the lock on, the passcode is asked again before anything leaves the phone.
  const [passcode, setPasscode] = useState('');
  const [passcodeProblem, setPasscodeProblem] = useState<string>();
  const [checkingPasscode, setCheckingPasscode] = useState(false);
  const running = useRef<AbortController>();
  // The last report, kept so the bundle can reuse it when the options have not changed.
  const lastReport = useRef<{ options: ReportOptions; result: ReportResult }>();
  useEffect(() => () => running.current?.abort(), []);

  const options = toReportOptions(choices);

  const change = (next: ExportChoices) => {
    setChoices(next);
    lastReport.current = undefined;
    if (job.state !== 'running') setJob({ state: 'idle' });
  };

  // The buttons stay enabled: a tap with a backwards period says so and goes to the date, rather than doing nothing.
  const request = (what: ExportedFile['what']) => {
    if (!options) {
      setMissing(true);
      document.getElementById('export-from')?.focus();
      return;
    }
    setMissing(false);
    void confirmed().then((ok) => {
      if (!ok) return;
      if (options.policeCopy) void start(what);
      else setConfirmingOwnCopy(what);
    });
  };

  const confirmed = async (): Promise<boolean> => {
    if (!lockIsOn.value) return true;
    const refuse = (problem: string) => {
      setPasscodeProblem(problem);
      document.getElementById('export-passcode')?.focus();
      return false;
    };
    if (!passcode) return refuse(t('export.passcodeWrong'));
    setCheckingPasscode(true);
    setPasscodeProblem(undefined);
    try {
      const { confirmTypedPasscode } = await import('../../app/lockActions');
      const outcome = await confirmTypedPasscode(passcode);
      if (outcome.ok) return true;
      const seconds = 'retryAt' in outcome ? Math.max(1, Math.ceil((outcome.retryAt - Date.now()) / 1000)) : 0;
      return refuse(outcome.problem === 'wait' ? t('export.passcodeWait', { seconds }) : t('export.passcodeWrong'));
    } catch (error) {
      return refuse(errorText(error));
    } finally {
      setCheckingPasscode(false);
    }
  };

  const start = async (what: ExportedFile['what']) => {
    if (!options) return;
    const controller = new AbortController();
    running.current = controller;
    setJob({ state: 'running', progress: { stage: 'collecting', done: 0, total: 0 } });
    const run = { signal: controller.signal, onProgress: (progress: ExportProgress) => setJob({ state: 'running', progress }) };
    try {
      let file: ExportedFile;
      if (what === 'report') {
        const result = await createReport(options, run);
        lastReport.current = { options, result };
        file = { what, blob: result.pdf, fileName: result.fileName, fingerprint: result.fingerprint, changedSinceAdded: [] };
      } else {
        const reuse = lastReport.current && sameOptions(lastReport.current.options, options) ? lastReport.current.result : undefined;
        const { bundle, report } = await createBundle(options, run, reuse);
        lastReport.current = { options, result: report };
        file = { what, blob: bundle.zip, fileName: bundle.fileName, fingerprint: report.fingerprint, changedSinceAdded: bundle.changedSinceAdded };
      }
      setJob(controller.signal.aborted ? cancelled() : { state: 'done', file });
    } catch (error) {
      setJob(controller.signal.aborted || isAbort(error) ? cancelled() : { state: 'stopped', message: failureText(error, what), cancelled: false });
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  };

  const busy = job.state === 'running' || checkingPasscode;
  return (
    <div class="export">
      <p><BackLink to={{ screen: 'overview' }} label={t('export.back')} /></p>
      <h1>{t('export.title')}</h1>
      <p>{t('export.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          request('report');
        }}
      >
        <ExportForm choices={choices} onChange={change} periodInvalid={!options} disabled={busy} />
        {lockIsOn.value && (
          <div>
            <label for="export-passcode">{t('export.passcode')}</label>
            <input
              id="export-passcode" type="password" autoComplete="current-password" value={passcode} disabled={busy}
              aria-invalid={passcodeProblem ? 'true' : undefined} aria-describedby={passcodeProblem ? 'export-passcode-problem' : undefined}
              onInput={(event) => setPasscode(event.currentTarget.value)}
            />
            {passcodeProblem && <p id="export-passcode-problem" class="error" role="alert">{passcodeProblem}</p>}
            {checkingPasscode && <p class="muted" aria-live="polite">{t('export.checkingPasscode')}</p>}
          </div>
        )}
        <div class="export-buttons">
          {missing && !options && <p class="error" role="alert">{t('export.fixPeriodFirst')}</p>}
          <button type="submit" class="primary" disabled={busy}>{t('export.createReport')}</button>
          <button type="button" disabled={busy} aria-describedby="export-bundle-hint" onClick={() => request('bundle')}>
            {t('export.createBundle')}
          </button>
          <p id="export-bundle-hint" class="muted export-hint">{t('export.bundleHint')}</p>
        </div>
      </form>
      {job.state === 'running' && <ExportProgressCard progress={job.progress} onCancel={() => running.current?.abort()} />}
      {job.state === 'stopped' && (
        <p class={job.cancelled ? 'card' : 'error-box'} role={job.cancelled ? 'status' : 'alert'} data-testid="export-message">{job.message}</p>
      )}
      {job.state === 'done' && <ExportResultCard result={job.file} />}
      {confirmingOwnCopy && (
        <ConfirmDialog
          message={t('export.confirmOwnCopy')}
          confirmLabel={t('export.confirmOwnCopyYes')}
          cancelLabel={t('export.confirmOwnCopyNo')}
          onConfirm={() => {
            setConfirmingOwnCopy(undefined);
            void start(confirmingOwnCopy);
          }}
          onCancel={() => setConfirmingOwnCopy(undefined)}
        />
      )}
    </div>
  );
}
