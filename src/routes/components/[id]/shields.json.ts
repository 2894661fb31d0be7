/** The shields.io endpoint JSON of one component. */
import type { APIContext } from 'astro';
import { componentPaths, shieldsResponse } from '../../../site/site-outputs.ts';

export const getStaticPaths = componentPaths;
export const GET = ({ params }: APIContext) => shieldsResponse(params.id);
