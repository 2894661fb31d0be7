/** The iCalendar file of one component's maintenance windows. */
import type { APIContext } from 'astro';
import { componentPaths, calendarResponse } from '../../../site/site-outputs.ts';

export const getStaticPaths = componentPaths;
export const GET = ({ params }: APIContext) => calendarResponse(params.id);
