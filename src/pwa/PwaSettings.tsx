import '../i18n/laterMessages';
import { InstallSection } from './InstallSection';
import { StorageSection } from './StorageSection';
import { VersionSection } from './VersionSection';
import './PwaSettings.css';

/** Settings' sections about the app on this device: install, storage protection and space, version. */
export function PwaSettings() {
  return (
    <>
      <InstallSection />
      <StorageSection />
      <VersionSection />
    </>
  );
}
