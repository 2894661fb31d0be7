/** Each component's outputs, one per entry of the registry that each component has: feeds, calendar, badges. */
import type { APIContext } from 'astro';
import type { OutputName } from '../../../outputs/output-registry.ts';
import { componentOutputPaths, outputResponse } from '../../../site/site-outputs.ts';

export const getStaticPaths = componentOutputPaths;
export const GET = ({ params, props }: APIContext<{ name: OutputName }>) => outputResponse(props.name, params.id);
