import { useEffect, useState } from 'preact/hooks';
import { checkSealText, listIssuedHeads, recordIssuedHead, verifyHistory } from '../../db';
import { sealLine, type SealVerdict } from '../../domain/integrity/heads';
import type { IssuedHead } from '../../domain/integrity/types';
import { language, t } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { errorText } from '../../ui/errorText';

interface Seal {
  head: { count: number; hash: string };
  text: string;
}

async function makeSeal(): Promise<Seal> {
  const { count, headHash: hash } = await verifyHistory();
  const time = formatInstant(Date.now(), language.value, 'dateTime');
  return { head: { count, hash }, text: `${t('integrity.seal.text', { time, count, hash })}\n${sealLine(count, hash)}` };
}

/** Seal the log: one tap hands a short text to the phone's own sharing (or its mail and SMS apps); Spor sends nothing. */
export function SealSection() {
  const [heads, setHeads] = useState<IssuedHead[]>([]);
  const [fallback, setFallback] = useState<Seal>();
  const [message, setMessage] = useState<string>();
  const [pasted, setPasted] = useState('');
  const [verdict, setVerdict] = useState<{ verdict: SealVerdict; count?: number }>();

  const reload = () => listIssuedHeads().then(setHeads, () => undefined);
  useEffect(() => void reload(), []);

  async function remember(seal: Seal, note: string) {
    await recordIssuedHead('seal', seal.head);
    setMessage(note);
    await reload();
  }

  async function share() {
    setMessage(undefined);
    try {
      const seal = await makeSeal();
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title: t('integrity.seal.subject'), text: seal.text });
          await remember(seal, t('integrity.seal.shared'));
          return;
        } catch (error) {
          if ((error as Error).name === 'AbortError') return;
        }
      }
      setFallback(seal);
    } catch (error) {
      setMessage(errorText(error));
    }
  }

  async function copy(seal: Seal) {
    try {
      await navigator.clipboard.writeText(seal.text);
      await remember(seal, t('integrity.seal.copied'));
    } catch (error) {
      setMessage(errorText(error));
    }
  }

  async function check() {
    const found = /n=(\d+)/.exec(pasted);
    setVerdict({ verdict: await checkSealText(pasted), count: found ? Number(found[1]) : undefined });
  }

  const lang = language.value;
  const subject = encodeURIComponent(t('integrity.seal.subject'));
  return (
    <section aria-labelledby="settings-seal" data-testid="seal-section">
      <h2 id="settings-seal">{t('integrity.seal.heading')}</h2>
      <p>{t('integrity.seal.intro')}</p>
      <button type="button" class="primary" onClick={share}>{t('integrity.seal.share')}</button>
      {fallback && (
        <div class="card seal-fallback">
          <p>{t('integrity.seal.fallback')}</p>
          <pre class="seal-text" data-testid="seal-text">{fallback.text}</pre>
          <div class="row">
            <a class="button" href={`mailto:?subject=${subject}&body=${encodeURIComponent(fallback.text)}`} onClick={() => void remember(fallback, t('integrity.seal.shared'))}>{t('integrity.seal.email')}</a>
            <a class="button" href={`sms:?&body=${encodeURIComponent(fallback.text)}`} onClick={() => void remember(fallback, t('integrity.seal.shared'))}>{t('integrity.seal.sms')}</a>
            <button type="button" onClick={() => copy(fallback)}>{t('integrity.seal.copy')}</button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      <h3>{t('integrity.seal.list')}</h3>
      {heads.length ? (
        <ul class="seal-list" data-testid="issued-heads">
          {[...heads].reverse().map((head) => (
            <li key={head.id}>{t('integrity.seal.item', {
              kind: t(`integrity.kind.${head.kind}`), time: formatInstant(head.issuedAt, lang, 'dateTime'), count: head.count, hash: head.hash.slice(0, 12),
            })}</li>
          ))}
        </ul>
      ) : <p class="muted">{t('integrity.seal.none')}</p>}
      <h3>{t('integrity.seal.check')}</h3>
      <label for="seal-paste">{t('integrity.seal.paste')}</label>
      <textarea id="seal-paste" rows={4} value={pasted} onInput={(event) => { setPasted(event.currentTarget.value); setVerdict(undefined); }} />
      <button type="button" onClick={check}>{t('integrity.seal.checkButton')}</button>
      {verdict && (
        <p role="status" class={verdict.verdict === 'matches' ? 'seal-verdict' : 'seal-verdict error-box'} data-testid="seal-verdict">
          {t(`integrity.seal.${verdict.verdict}`, { count: verdict.count ?? 0 })}
        </p>
      )}
    </section>
  );
}
