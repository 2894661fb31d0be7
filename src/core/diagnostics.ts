/** Located problems in content files, and how they are printed. */

/** How bad a problem is: errors stop the build, warnings do not. */
export type Severity = 'error' | 'warning';

/** One problem at a place in a file. Lines and columns count from 1. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

/** Output formats: plain text for people, GitHub Actions annotations for pull requests. */
export type DiagnosticFormat = 'text' | 'github';

/** Builds an error diagnostic. */
export function error(file: string, line: number, column: number, message: string): Diagnostic {
  return { file, line, column, severity: 'error', message };
}

/** Builds a warning diagnostic. */
export function warning(file: string, line: number, column: number, message: string): Diagnostic {
  return { file, line, column, severity: 'warning', message };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Diagnostics in file, line, column order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Encodes a GitHub workflow-command property or message (see GitHub's toolkit `command.ts`). */
function escapeGithub(text: string, isProperty: boolean): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return isProperty ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/** One diagnostic as a line: `path:line:column  error  message`, or a GitHub annotation. */
export function formatDiagnostic(d: Diagnostic, format: DiagnosticFormat = 'text'): string {
  if (format === 'github') {
    const props = `file=${escapeGithub(d.file, true)},line=${d.line},col=${d.column}`;
    return `::${d.severity} ${props}::${escapeGithub(d.message, false)}`;
  }
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}`;
}

/** `1 file`, `2 files`: a count with its noun (English plurals by `s`, as every noun counted here has). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A closing summary such as `2 errors, 1 warning in 34 files`. */
export function summarize(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${countOf(errors, 'error')}, ${countOf(warnings, 'warning')} in ${countOf(fileCount, 'file')}`;
}
