import { expect, test } from 'vitest';
import { countOf, error, formatDiagnostic, sortDiagnostics, summarize, type Diagnostic } from '../../src/core/diagnostics.ts';

const warning = (file: string, line: number, column: number, message: string): Diagnostic => ({ file, line, column, severity: 'warning', message });

test('text format is path:line:column, severity, message', () => {
  expect(formatDiagnostic(error('incidents/a.md', 3, 1, 'bad `impact`'))).toBe('incidents/a.md:3:1  error  bad `impact`');
});

test('github format escapes properties and message per the workflow command rules', () => {
  expect(formatDiagnostic(warning('incidents/a,b.md', 7, 2, 'line one\nline 2: 100%'), 'github')).toBe(
    '::warning file=incidents/a%2Cb.md,line=7,col=2::line one%0Aline 2: 100%25',
  );
});

test('sortDiagnostics orders by file, then line, then column', () => {
  const sorted = sortDiagnostics([error('b.md', 1, 1, 'x'), error('a.md', 9, 1, 'y'), error('a.md', 2, 5, 'z'), error('a.md', 2, 1, 'w')]);
  expect(sorted.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['a.md:2:1', 'a.md:2:5', 'a.md:9:1', 'b.md:1:1']);
});

test('summarize counts errors, warnings and files with plurals', () => {
  expect(summarize([error('a', 1, 1, 'x'), warning('a', 1, 1, 'y'), warning('a', 1, 1, 'z')], 1)).toBe('1 error, 2 warnings in 1 file');
  expect(summarize([], 12)).toBe('0 errors, 0 warnings in 12 files');
});

test.each([
  [0, 'incident', '0 incidents'],
  [1, 'incident', '1 incident'],
  [2, 'maintenance window', '2 maintenance windows'],
  [1, 'file', '1 file'],
])('countOf(%i, %s) is "%s"', (count, noun, text) => {
  expect(countOf(count, noun)).toBe(text);
});
