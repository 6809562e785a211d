import { defineMessages } from '../define';

// Update and database notices: the shell can show them on any screen; they load with the notice that shows them.
export default defineMessages({
  en: {
    'pwa.update.available': 'A new version of Spor is ready.',
    'pwa.update.apply': 'Update',
    'pwa.update.later': 'Later',
    'pwa.update.anyway': 'Update anyway (what is not stored is lost)',
    'pwa.update.applying': 'Saving and updating…',
    'pwa.update.failed': 'The update was not applied because your entry could not be saved first: {detail}',
    'pwa.database.replaced': 'Spor was updated in another window. Your entries are safe; reload to continue.',
    'pwa.database.reload': 'Reload',
    'pwa.database.draftNotKept': 'What you were typing could not be stored first: it is only on this screen now. Copy it before you reload.',
  },
  da: {
    'pwa.update.available': 'En ny version af Spor er klar.',
    'pwa.update.apply': 'Opdater',
    'pwa.update.later': 'Senere',
    'pwa.update.anyway': 'Opdater alligevel (det, der ikke er gemt, går tabt)',
    'pwa.update.applying': 'Gemmer og opdaterer…',
    'pwa.update.failed': 'Opdateringen blev ikke udført, fordi din indtastning ikke kunne gemmes først: {detail}',
    'pwa.database.replaced': 'Spor er blevet opdateret i et andet vindue. Dine hændelser er i sikkerhed; genindlæs for at fortsætte.',
    'pwa.database.reload': 'Genindlæs',
    'pwa.database.draftNotKept': 'Det, du var ved at skrive, kunne ikke gemmes først: det står nu kun her på skærmen. Kopiér det, før du genindlæser.',
  },
});
