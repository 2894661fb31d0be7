/** The site's outputs, one per entry of the registry (src/outputs/output-registry.ts): feeds, calendar, badges, build.json. */
import type { APIContext } from 'astro';
import { siteOutputPaths, type OutputName } from '../outputs/output-registry.ts';
import { outputResponse } from '../site/site-outputs.ts';

export const getStaticPaths = siteOutputPaths;
export const GET = ({ props }: APIContext<{ name: OutputName }>) => outputResponse(props.name);
