/** The site-wide RSS feed. */
import { feedResponse } from '../site/site-outputs.ts';

export const GET = () => feedResponse('rss');
