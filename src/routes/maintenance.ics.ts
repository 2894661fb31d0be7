/** The iCalendar file of all maintenance windows. */
import { calendarResponse } from '../site/site-outputs.ts';

export const GET = () => calendarResponse();
