import type { Revision } from '../../domain/types';
import { language, t, type MessageKey } from '../../i18n';
import { formatInstant } from '../../i18n/dates';
import { visibleName } from '../../domain/visibleName';
import { changeValue } from './changeValue';
import { importedFromField } from '../../domain/integrity/replay';

const fieldLabels: Record<string, MessageKey> = {
  kind: 'incident.field.kind',
  occurredAt: 'incident.field.occurredAt',
  endedAt: 'incident.field.endedAt',
  timeZone: 'incident.field.timeZone',
  approximate: 'incident.field.approximate',
  place: 'incident.field.place',
  description: 'incident.field.description',
  peopleInvolved: 'incident.field.peopleInvolved',
  effect: 'incident.field.effect',
  witnesses: 'incident.field.witnesses',
  police: 'incident.field.police',
  keyExample: 'incident.field.keyExample',
  privateFields: 'incident.field.privateFields',
};

const fieldLabel = (field: string) => (fieldLabels[field] ? t(fieldLabels[field]!) : field);

function fileNameOf(revision: Revision): string {
  const change = revision.changes.find((item) => item.field === 'fileName');
  return visibleName(String(change?.after ?? change?.before ?? ''));
}

/** What an `import` revision says about where the record came from (src/backup/restorePlan.ts). */
interface ImportedFrom {
  backupCreatedAt: number;
  copyOf?: { id: string; differingFields: string[] };
}

function describeImport(revision: Revision): string {
  const from = revision.changes.find((change) => change.field === importedFromField)?.after as ImportedFrom | undefined;
  const time = from ? formatInstant(from.backupCreatedAt, language.value, 'shortDateTime') : '';
  if (!from?.copyOf) return t('incident.history.import', { time });
  return t('incident.history.importCopy', { time, fields: from.copyOf.differingFields.map(fieldLabel).join(', ') });
}

function describe(revision: Revision): string {
  switch (revision.action) {
    case 'import': return describeImport(revision);
    case 'edit':
      return t('incident.history.edit', {
        fields: revision.changes.map((change) => fieldLabel(change.field)).join(', '),
      });
    case 'attach': return t('incident.history.attach', { name: fileNameOf(revision) });
    case 'detach': return t('incident.history.detach', { name: fileNameOf(revision) });
    default: return t(`incident.history.${revision.action}`);
  }
}

/** Every change to this incident, oldest first, each edit with its old and new values: nothing is edited unseen. */
export function RevisionHistory({ revisions, timeZone }: { revisions: Revision[]; timeZone: string }) {
  return (
    <ol class="history">
      {revisions.map((revision) => (
        <li key={revision.seq}>
          <time dateTime={new Date(revision.at).toISOString()}>{formatInstant(revision.at, language.value, 'shortDateTime')}</time>
          <span>{describe(revision)}</span>
          {revision.action === 'edit' && revision.changes.length > 0 && (
            <ul class="history-changes">
              {revision.changes.map((change) => (
                <li key={change.field}>
                  {t('incident.history.change', {
                    field: fieldLabel(change.field),
                    before: changeValue(change.field, change.before, fieldLabel, timeZone),
                    after: changeValue(change.field, change.after, fieldLabel, timeZone),
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
