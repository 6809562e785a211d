import { defineMessages } from '../define';

export default defineMessages({
  en: {
    'trash.title': 'Trash',
    'trash.intro': 'Deleted incidents stay here with their files until you restore them. Nothing is deleted for good by a slip.',
    'trash.empty': 'The trash is empty.',
    'trash.deletedAt': 'Deleted {time}',
    'trash.restore': 'Restore {kind}, {time}',
    'trash.restored': 'Restored to the log.',
    'trash.back': 'Back to the log',
  },
  da: {
    'trash.title': 'Papirkurv',
    'trash.intro': 'Slettede hændelser bliver her med deres filer, indtil du gendanner dem. Intet slettes for altid ved et uheld.',
    'trash.empty': 'Papirkurven er tom.',
    'trash.deletedAt': 'Slettet {time}',
    'trash.restore': 'Gendan {kind}, {time}',
    'trash.restored': 'Gendannet til loggen.',
    'trash.back': 'Tilbage til loggen',
  },
});
