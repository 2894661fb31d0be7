/** The shields.io endpoint JSON of the whole page. */
import { shieldsResponse } from '../site/site-outputs.ts';

export const GET = () => shieldsResponse();
