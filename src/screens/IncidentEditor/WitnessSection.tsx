import { t } from '../../i18n';
import { PrivateToggle } from './PrivateToggle';
import type { SectionProps } from './sectionProps';
import { WitnessList } from './WitnessList';

export function WitnessSection({ form, change, problem }: SectionProps) {
  return (
    <fieldset>
      <legend>{t('editor.witnesses')}</legend>
      <WitnessList witnesses={form.witnesses} problem={problem('witnesses')} onChange={(witnesses) => change({ witnesses })} />
      <PrivateToggle field="witnesses" fieldLabel={t('editor.witnesses')} privateFields={form.privateFields} onChange={(privateFields) => change({ privateFields })} />
    </fieldset>
  );
}
