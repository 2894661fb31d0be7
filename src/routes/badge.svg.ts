/** The status badge of the whole page. */
import { badgeResponse } from '../site/site-outputs.ts';

export const GET = () => badgeResponse();
