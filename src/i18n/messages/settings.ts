import { defineMessages } from '../define';

export default defineMessages({
  en: {
    'settings.language.legend': 'Language',
    'settings.language.da': 'Dansk',
    'settings.language.en': 'English',
    'settings.data.heading': 'Your log',
    'settings.data.trash': 'Deleted incidents (trash)',
    'settings.data.export': 'Report and export',
    'settings.storage.heading': 'How your data is stored',
    'settings.storage.where': 'Everything you write and attach is stored only in this browser on this device. Nothing is sent anywhere: Spor has no server and no account.',
    'settings.storage.risk': 'That also means there is no copy elsewhere yet. If the phone is lost or the browser’s site data is cleared, the log is gone. An encrypted backup file is coming in a later version.',
  },
  da: {
    'settings.language.legend': 'Sprog',
    'settings.language.da': 'Dansk',
    'settings.language.en': 'English',
    'settings.data.heading': 'Din log',
    'settings.data.trash': 'Slettede hændelser (papirkurv)',
    'settings.data.export': 'Rapport og eksport',
    'settings.storage.heading': 'Sådan gemmes dine data',
    'settings.storage.where': 'Alt hvad du skriver og vedhæfter, gemmes kun i denne browser på denne enhed. Intet sendes nogen steder hen: Spor har ingen server og ingen konto.',
    'settings.storage.risk': 'Det betyder også, at der endnu ikke findes en kopi andre steder. Mistes telefonen, eller slettes browserens webstedsdata, er loggen væk. En krypteret sikkerhedskopi kommer i en senere version.',
  },
});
