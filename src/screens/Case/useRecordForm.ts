import { useEffect, useMemo, useState } from 'preact/hooks';
import { discardDraft, type DraftAddress, type Problem } from '../../db';
import { saveReason } from '../../ui/saveReason';
import { useDraftAutosave } from '../../ui/useDraftAutosave';
import { useSaveState } from '../../ui/useSaveState';

/** What a Case form keeps as its draft: the values typed and the record version they started from. */
export interface RecordDraft<Value> {
  value: Value;
  baseVersion: number;
}

interface RecordFormOptions<Value, Stored> {
  address: DraftAddress;
  initial: Value;
  baseVersion: number;
  restored?: { value: RecordDraft<Value>; savedAt: number };
  validate: (value: Value) => Problem[];
  /** Stores the record, refusing (ConflictError) if it is no longer at `baseVersion`. */
  write: (value: Value, baseVersion: number) => Promise<Stored>;
}

/**
 * The Case screen's one save model, as the incident editor's: what is typed is kept as a draft on the phone (never
 * written to the record on the way out), and only Save writes the record, after the same validation the verb repeats.
 */
export function useRecordForm<Value, Stored extends { version: number }>(options: RecordFormOptions<Value, Stored>) {
  const { address, restored } = options;
  const [value, setValue] = useState<Value>(restored?.value.value ?? options.initial);
  const [baseVersion, setBaseVersion] = useState(restored?.value.baseVersion ?? options.baseVersion);
  const [unsaved, setUnsaved] = useState(!!restored);
  const [restoredAt, setRestoredAt] = useState(restored?.savedAt);
  const saving = useSaveState<Stored | undefined>(saveReason);
  const part = useMemo<RecordDraft<Value>>(() => ({ value, baseVersion }), [value, baseVersion]);
  const autosave = useDraftAutosave(address, { record: part });

  useEffect(() => {
    if (!restored) return;
    autosave.markClean({ record: restored.value }, restored.savedAt);
    autosave.markDirty(); // a restored draft is still not saved as the record
  }, []);
  useEffect(() => saving.revalidate(() => options.validate(value)), [value]);

  async function save(onto = baseVersion) {
    const stored = await saving.save(() => options.validate(value), async () => {
      const written = await options.write(value, onto);
      await discardDraft(address).catch(() => undefined); // a leftover draft would only be offered again
      return written;
    });
    if (!stored) return;
    setBaseVersion(stored.version);
    setUnsaved(false);
    setRestoredAt(undefined);
    autosave.markClean();
  }

  return {
    value,
    state: saving.state,
    problems: saving.problems,
    draft: autosave.status,
    unsaved,
    restoredAt,
    update(patch: Partial<Value>) {
      setValue((current) => ({ ...current, ...patch }));
      setUnsaved(true);
      autosave.markDirty();
      saving.edit();
    },
    save: () => save(),
    /** After a conflict: save what this screen holds over the version stored meanwhile (which stays in the history). */
    keepMine() {
      if (saving.state.name === 'conflict') void save(saving.state.theirs?.version ?? 0);
    },
    /** The record is gone (removed): forget its draft, so closing the form does not keep it. */
    async forget() {
      autosave.markClean();
      await discardDraft(address);
    },
  };
}
