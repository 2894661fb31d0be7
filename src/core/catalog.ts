/**
 * The questions every part asks of the component catalogue (every component, by id, the members
 * of each group, the name of an id, the ids a filter may name), answered once per catalogue.
 */
import type { Component, ComponentCatalog } from '../schemas/components-schema.ts';

/** The catalogue, indexed. */
export interface CatalogIndex {
  /** Every component, in catalogue order. */
  components: Component[];
  componentIds: string[];
  byId: ReadonlyMap<string, Component>;
  /** The component ids of each group, by group id. */
  groupMembers: ReadonlyMap<string, string[]>;
  /** The name of every group and component, by id (ids are unique across both). */
  names: ReadonlyMap<string, string>;
  /** What a subscription filter may name: each group, then its components. */
  filterIds: string[];
}

const indexes = new WeakMap<ComponentCatalog, CatalogIndex>();

/** The index of `catalog`, built once per catalogue object. */
export function catalogIndex(catalog: ComponentCatalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const components = catalog.groups.flatMap((group) => group.components);
    index = {
      components,
      componentIds: components.map((c) => c.id),
      byId: new Map(components.map((c) => [c.id, c])),
      groupMembers: new Map(catalog.groups.map((group) => [group.id, group.components.map((c) => c.id)])),
      names: new Map([...catalog.groups, ...components].map((item) => [item.id, item.name])),
      filterIds: catalog.groups.flatMap((group) => [group.id, ...group.components.map((c) => c.id)]),
    };
    indexes.set(catalog, index);
  }
  return index;
}
