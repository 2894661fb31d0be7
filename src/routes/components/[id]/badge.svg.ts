/** The status badge of one component. */
import type { APIContext } from 'astro';
import { componentPaths, badgeResponse } from '../../../site/site-outputs.ts';

export const getStaticPaths = componentPaths;
export const GET = ({ params }: APIContext) => badgeResponse(params.id);
