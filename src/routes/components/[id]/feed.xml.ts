/** The RSS feed of one component. */
import type { APIContext } from 'astro';
import { componentPaths, feedResponse } from '../../../site/site-outputs.ts';

export const getStaticPaths = componentPaths;
export const GET = ({ params }: APIContext) => feedResponse('rss', params.id);
