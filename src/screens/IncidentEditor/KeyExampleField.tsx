import { t } from '../../i18n';
import type { SectionProps } from './sectionProps';

export function KeyExampleField({ form, change }: SectionProps) {
  return (
    <div class="field-group">
      <label class="check">
        <input type="checkbox" checked={form.keyExample} aria-describedby="editor-keyExample-hint"
          onChange={(event) => change({ keyExample: event.currentTarget.checked })} />
        <span>{t('editor.keyExample')}</span>
      </label>
      <p id="editor-keyExample-hint" class="muted hint">{t('editor.keyExampleHint')}</p>
    </div>
  );
}
