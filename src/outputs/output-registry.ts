/**
 * Every machine-readable file a site publishes, in one list: its address, its content type,
 * whether each component has its own, whether browsers on other sites may read it, and where the
 * subscribe page lists it. The endpoints take their content types from here, the host headers
 * their cross-origin rules, the subscribe page its links, and the tests the files a build holds.
 */
import { API_FILES } from './statuspage-api.ts';

/** Where the subscribe page lists an output; `false` for one that is not for readers. */
export type OutputSection = 'feeds' | 'calendar' | 'badges' | 'api' | false;

/** One output. */
export interface Output {
  /** Its path from the site's root; a component's is under `components/<id>/`. */
  file: string;
  /** Its `Content-Type`. */
  type: string;
  /** Each component has one too. */
  perComponent: boolean;
  /** Browsers on other sites may read it (CORS): data for pages elsewhere, such as the banner. */
  crossOrigin: boolean;
  listed: OutputSection;
  /** Its name among the subscribe page's words (`UI.subscribe`), where its link is named. */
  label?: 'rss' | 'atom' | 'calendarShort' | 'badge' | 'shields';
}

const JSON_TYPE = 'application/json';

/** The outputs of the site and of each component, by name. */
export const OUTPUTS = {
  rss: { file: 'feed.xml', type: 'application/rss+xml; charset=utf-8', perComponent: true, crossOrigin: false, listed: 'feeds', label: 'rss' },
  atom: { file: 'atom.xml', type: 'application/atom+xml; charset=utf-8', perComponent: true, crossOrigin: false, listed: 'feeds', label: 'atom' },
  calendar: {
    file: 'maintenance.ics',
    type: 'text/calendar; charset=utf-8',
    perComponent: true,
    crossOrigin: false,
    listed: 'calendar',
    label: 'calendarShort',
  },
  badge: { file: 'badge.svg', type: 'image/svg+xml', perComponent: true, crossOrigin: false, listed: 'badges', label: 'badge' },
  // shields.io reads it from its servers, not from a browser.
  shields: { file: 'shields.json', type: JSON_TYPE, perComponent: true, crossOrigin: false, listed: 'badges', label: 'shields' },
  // For the deployment's scheduled check (docs/hosting.md), not for readers.
  build: { file: 'build.json', type: JSON_TYPE, perComponent: false, crossOrigin: false, listed: false },
} as const satisfies Record<string, Output>;

/** The output the registry calls `name`. */
export type OutputName = keyof typeof OUTPUTS;

/** `getStaticPaths` of the site's outputs: one per entry, with its name. */
export function siteOutputPaths() {
  return Object.entries(OUTPUTS).map(([name, output]) => ({ params: { output: output.file }, props: { name: name as OutputName } }));
}

/** The Statuspage-compatible API's files, which any site's scripts may read. */
export const API_OUTPUTS: readonly Output[] = API_FILES.map((file) => ({
  file: `api/v2/${file}`,
  type: JSON_TYPE,
  perComponent: false,
  crossOrigin: true,
  listed: 'api',
}));

/** Every output. */
export const ALL_OUTPUTS: readonly Output[] = [...Object.values(OUTPUTS), ...API_OUTPUTS];

/** The outputs the subscribe page lists in one section, in the registry's order. */
export function outputsListed(section: Exclude<OutputSection, false>): Output[] {
  return ALL_OUTPUTS.filter((output) => output.listed === section);
}

/** The path of an output's file for the site, or for one component. */
export function outputFile(output: Output, componentId?: string): string {
  return componentId ? `components/${componentId}/${output.file}` : output.file;
}

/** Every output file of a site with these components: the site's, then each component's. */
export function outputFiles(componentIds: readonly string[]): string[] {
  return [
    ...ALL_OUTPUTS.map((output) => outputFile(output)),
    ...componentIds.flatMap((id) => ALL_OUTPUTS.filter((o) => o.perComponent).map((o) => outputFile(o, id))),
  ];
}

/** The paths other sites' browsers may read, as host-header rules: the files of a folder as `folder/*`. */
export function crossOriginPaths(): string[] {
  const paths = ALL_OUTPUTS.filter((output) => output.crossOrigin).flatMap((output) => {
    const own = output.file.includes('/') ? `${output.file.split('/')[0]}/*` : output.file;
    return output.perComponent ? [own, `components/*/${output.file}`] : [own];
  });
  return [...new Set(paths)];
}
