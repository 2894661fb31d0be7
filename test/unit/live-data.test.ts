import { expect, test } from 'vitest';
import { parseLiveData, serializeLiveData } from '../../src/lib/live-data.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const open = incident('api-down', { api: 'major_outage' }, [['identified', '2026-11-20T10:30:00Z'], ['investigating', '2026-11-20T10:00:00Z']], {
  next_update: new Date('2026-11-20T11:00:00Z'),
  workaround: 'Use the backup',
  title: 'API </script><script>alert(1)</script>',
});
const window = maintenance('db', ['db'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']]);

test('the embedded data carries what state needs, with dates restored, and no texts', () => {
  const parsed = parseLiveData(serializeLiveData([open, window]));
  expect(parsed.events.map((e) => e.id)).toEqual(['api-down', 'db']);
  expect(parsed.events[0].data).toEqual({
    kind: 'incident',
    title: '',
    impact: 'minor',
    components: { api: 'major_outage' },
    next_update: new Date('2026-11-20T11:00:00Z'),
    updates: [
      { status: 'identified', at: new Date('2026-11-20T10:30:00Z') },
      { status: 'investigating', at: new Date('2026-11-20T10:00:00Z') },
    ],
  });
  expect(parsed.events[1].data).toMatchObject({ scheduled_for: new Date('2026-11-21T02:00:00Z'), scheduled_until: new Date('2026-11-21T03:00:00Z') });
});

test('no text can close the script element it is embedded in', () => {
  const withMarkup = maintenance('x', ['</script>'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']]);
  const json = serializeLiveData([withMarkup]);
  expect(json).not.toContain('<');
  expect(parseLiveData(json).events[0].data.components).toEqual(['</script>']);
});
