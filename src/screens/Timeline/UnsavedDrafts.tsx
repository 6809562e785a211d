import { lazyScreen } from '../../app/lazyScreen';

// The list of unsaved drafts loads just after the log itself, so the first paint stays small; it shows nothing while loading.
export const UnsavedDrafts = lazyScreen(() => import('./UnsavedDraftList'), { quiet: true });
