/** The moment the bundled example content depicts: its ongoing incident was last updated just before. */
export const EXAMPLE_WRITTEN_AT = new Date('2026-11-23T20:45:00Z');
