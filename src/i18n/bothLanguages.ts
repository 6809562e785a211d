// Both languages' first-screen packs at once, for whatever loads after the first screen (laterMessages.ts, and through
// it every lazy screen, the report worker and the evidence bundle): they translate and format dates in either
// language synchronously, and switching language in Settings waits for nothing.
import danish from './firstScreen/da';
import english from './firstScreen/en';
import { addLanguagePack } from './languagePacks';

addLanguagePack('da', danish);
addLanguagePack('en', english);
