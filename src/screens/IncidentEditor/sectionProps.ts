import type { ValidationProblem } from '../../domain/validation';
import type { EditorForm } from './form';

/** What every section of the editor gets, so sections can be reordered freely. */
export interface SectionProps {
  form: EditorForm;
  change: (patch: Partial<EditorForm>) => void;
  /** The message for a field that failed validation, if any. */
  problem: (field: ValidationProblem['field']) => string | undefined;
}
