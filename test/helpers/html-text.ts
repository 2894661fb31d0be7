/** Reading built pages the way a reader sees them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A built file's text. */
export const read = (dist: string, file: string): string => readFileSync(join(dist, file), 'utf8');

/** Visible text of HTML: hidden elements dropped, tags removed, whitespace collapsed. */
export const text = (html: string): string =>
  html
    .replace(/<(\w+)[^>]*\shidden[^>]*>.*?<\/\1>/g, '')
    .replace(/<\/?(?:p|div|li|ul|ol|dt|dd|dl|h\d|section|article|header|footer|main|nav|aside|details|summary|table|tr|th|td)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
