import { defineMessages } from '../define';

// Notes on a piece of evidence, shown on its card, in the editor and in the report's annexes.
export default defineMessages({
  en: {
    'evidence.note.empty': 'The file is empty (0 bytes): it holds nothing.',
    'evidence.note.captureInFuture': 'The recorded capture time is later than the moment the file was added: the camera’s clock or the file’s date is wrong.',
    'evidence.note.captureTooOld': 'The recorded capture time is before 1990: the camera’s clock or the file’s date is probably wrong.',
    'evidence.note.extensionMismatch': 'The name ends in .{extension}, but the content is {type}.',
    'evidence.note.hiddenCharacters': 'The name contains invisible or direction-changing characters, shown as ⟦U+…⟧ markers.',
    'evidence.notesLabel': 'Worth knowing about this file',
    'evidence.offsetUnknown': 'UTC offset unknown',
  },
  da: {
    'evidence.note.empty': 'Filen er tom (0 byte): den indeholder intet.',
    'evidence.note.captureInFuture': 'Det registrerede optagelsestidspunkt ligger efter det tidspunkt, filen blev tilføjet: kameraets ur eller filens dato er forkert.',
    'evidence.note.captureTooOld': 'Det registrerede optagelsestidspunkt ligger før 1990: kameraets ur eller filens dato er sandsynligvis forkert.',
    'evidence.note.extensionMismatch': 'Navnet ender på .{extension}, men indholdet er {type}.',
    'evidence.note.hiddenCharacters': 'Navnet indeholder usynlige eller retningsskiftende tegn, vist som ⟦U+…⟧-markeringer.',
    'evidence.notesLabel': 'Værd at vide om filen',
    'evidence.offsetUnknown': 'UTC-forskel ukendt',
  },
});
