import { defineMessages } from '../define';

// The first-run card's messages: they load with the card, only while it shows (and with Help, which repeats it).
export default defineMessages({
  en: {
    'welcome.title': 'Before you start',
    'welcome.local': 'Everything you write stays on this phone. Nothing is sent anywhere.',
    'welcome.private': 'Nobody else can see it, unless they hold this phone and can open it.',
    'welcome.safe': 'Keep it safe: in Settings, install Spor and give it its own passcode; lock the phone itself with a code only you know. Now and then make a backup (Settings, Backup) and keep it off the phone.',
    'welcome.restore': 'Restore from a backup',
    'welcome.passcode': 'Choose a passcode',
    'welcome.dismiss': 'Got it',
    'welcome.later': 'You can read this again under Help.',
  },
  da: {
    'welcome.title': 'Før du begynder',
    'welcome.local': 'Alt, hvad du skriver, bliver på denne telefon. Intet sendes nogen steder hen.',
    'welcome.private': 'Ingen andre kan se det, medmindre de har telefonen i hånden og kan låse den op.',
    'welcome.safe': 'Pas på det: installér Spor og giv den sin egen adgangskode (begge dele i Indstillinger), og lås selve telefonen med en kode, kun du kender. Lav en gang imellem en sikkerhedskopi (Indstillinger, Sikkerhedskopi), og gem den uden for telefonen.',
    'welcome.restore': 'Gendan fra en sikkerhedskopi',
    'welcome.passcode': 'Vælg en adgangskode',
    'welcome.dismiss': 'Forstået',
    'welcome.later': 'Du kan læse det igen under Hjælp.',
  },
});
