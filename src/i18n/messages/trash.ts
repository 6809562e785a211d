import { defineMessages } from '../define';

export default defineMessages({
  en: {
    'trash.title': 'Trash',
    'trash.intro': 'Deleted incidents stay here with their files until you restore them or delete them for good. Deleting for good always asks first.',
    'trash.empty': 'The trash is empty.',
    'trash.deletedAt': 'Deleted {time}',
    'trash.restore': 'Restore {kind}, {time}',
    'trash.restored': 'Restored to the log.',
    'trash.back': 'Back to the log',
  },
  da: {
    'trash.title': 'Papirkurv',
    'trash.intro': 'Slettede hændelser bliver her med deres filer, indtil du gendanner dem eller sletter dem for altid. At slette for altid spørger altid først.',
    'trash.empty': 'Papirkurven er tom.',
    'trash.deletedAt': 'Slettet {time}',
    'trash.restore': 'Gendan {kind}, {time}',
    'trash.restored': 'Gendannet til loggen.',
    'trash.back': 'Tilbage til loggen',
  },
});
