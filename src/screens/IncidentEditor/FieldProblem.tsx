/** Where a field's validation message lives, so the input can point at it with aria-describedby. */
export function problemId(field: string): string {
  return `editor-problem-${field}`;
}

/** The ids an input is described by: its hint, and its problem when there is one. */
export function describedBy(field: string, problem: string | undefined, hintId?: string): string | undefined {
  return [hintId, problem ? problemId(field) : undefined].filter(Boolean).join(' ') || undefined;
}

export function FieldProblem({ field, message }: { field: string; message?: string }) {
  return message ? <p id={problemId(field)} class="error field-problem">{message}</p> : null;
}
