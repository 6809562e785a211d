import { t } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { PrivateToggle } from './PrivateToggle';
import type { SectionProps } from './sectionProps';

export function PoliceSection({ form, change }: SectionProps) {
  const set = (patch: Partial<SectionProps['form']['police']>) => change({ police: { ...form.police, ...patch } });
  return (
    <fieldset>
      <legend>{t('editor.police')}</legend>
      <div class="stack">
        <TextField id="editor-journalNumber" label={t('editor.journalNumber')} value={form.police.journalNumber} onInput={(journalNumber) => set({ journalNumber })} />
        <TextField id="editor-officer" label={t('editor.officer')} value={form.police.officer} onInput={(officer) => set({ officer })} />
        <TextField id="editor-policePhone" label={t('editor.policePhone')} type="tel" value={form.police.phone} onInput={(phone) => set({ phone })} />
        <PrivateToggle field="police" fieldLabel={t('editor.police')} privateFields={form.privateFields} onChange={(privateFields) => change({ privateFields })} />
      </div>
    </fieldset>
  );
}
