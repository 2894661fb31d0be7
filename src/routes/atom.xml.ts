/** The site-wide Atom feed. */
import { feedResponse } from '../site/site-outputs.ts';

export const GET = () => feedResponse('atom');
