import { useState } from 'preact/hooks';
import { routeHref } from '../../app/router';
import { deleteEverythingOnThisPhone } from '../../db';
import { t } from '../../i18n';
import { errorText } from '../../ui/errorText';

/** The one irreversible action: behind a typed word, after a reminder to take the evidence out first. */
export function DeleteEverything() {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const word = t('settings.deleteAll.word');
  const confirmed = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();

  const deleteAll = async (event: Event) => {
    event.preventDefault();
    // The button stays enabled: a tap without the word says what is missing and goes to the field.
    if (!confirmed) {
      setProblem(t('settings.deleteAll.wordMissing', { word }));
      document.getElementById('delete-all-word')?.focus();
      return;
    }
    setBusy(true);
    try {
      await deleteEverythingOnThisPhone();
      // A fresh start at the empty log; nothing of the old state stays in the page.
      history.replaceState(null, '', '#/');
      location.reload();
    } catch (error) {
      setProblem(errorText(error));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="settings-delete-all" data-testid="delete-everything">
      <h2 id="settings-delete-all">{t('settings.deleteAll.heading')}</h2>
      <p>
        {t('settings.deleteAll.backupFirst')} <a class="button" href={routeHref({ screen: 'export' })}>{t('settings.data.export')}</a>
      </p>
      <p class="error">{t('settings.deleteAll.cannotUndo')}</p>
      <form class="stack" onSubmit={deleteAll}>
        <div>
          <label for="delete-all-word">{t('settings.deleteAll.typeWord', { word })}</label>
          <input id="delete-all-word" type="text" autoComplete="off" spellcheck={false} value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        </div>
        <button type="submit" class="danger" disabled={busy}>{t('settings.deleteAll.button')}</button>
      </form>
      {problem && <p class="error" role="alert">{problem}</p>}
    </section>
  );
}
