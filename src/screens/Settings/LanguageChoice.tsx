import { language, t } from '../../i18n';
import { setLanguage } from '../../i18n/setLanguage';
import { languages } from '../../i18n/define';

/** Each language is named in itself (and marked so), so anyone can find their own. */
export function LanguageChoice() {
  return (
    <fieldset class="language-choice">
      <legend>{t('settings.language.legend')}</legend>
      {languages.map((option) => (
        <label key={option} class="choice" lang={option}>
          <input
            type="radio"
            name="language"
            value={option}
            checked={language.value === option}
            onChange={() => void setLanguage(option)}
          />
          {t(option === 'da' ? 'settings.language.da' : 'settings.language.en')}
        </label>
      ))}
    </fieldset>
  );
}
