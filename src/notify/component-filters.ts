/** Component filters of channels and subscribers: which components they cover, and which ids name nothing. */
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { catalogIndex } from '../core/catalog.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import { didYouMean } from '../schemas/suggest.ts';

/** The component ids a filter covers, groups expanded to their members. */
export function expandFilter(filter: readonly string[], catalog: ComponentCatalog): Set<string> {
  const { groupMembers } = catalogIndex(catalog);
  return new Set(filter.flatMap((id) => groupMembers.get(id) ?? [id]));
}

/** Errors for ids of `filter` that name no component or group, located by `locate`. */
export function unknownFilterIds(
  file: string,
  filter: readonly string[] | undefined,
  known: readonly string[],
  locate: (index: number) => { line: number; column: number },
): Diagnostic[] {
  return (filter ?? []).flatMap((id, index) => {
    if (known.includes(id)) return [];
    const { line, column } = locate(index);
    return [error(file, line, column, `\`${id}\` is not a component or group in components/components.yml.${didYouMean(id, known)}`)];
  });
}
