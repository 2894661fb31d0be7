import { expect, test } from 'vitest';
import { closestMatch, didYouMean } from '../../src/schemas/suggest.ts';

const ids = ['api', 'auth', 'dashboard', 'databases', 'cdn', 'dns', 'object-storage'];

test.each([
  ['apii', 'api'],
  ['API', 'api'],
  ['dashbord', 'dashboard'],
  ['object', 'object-storage'],
  ['databse', 'databases'],
  ['xyz', undefined],
  ['db', undefined],
  // Two letters swapped are one slip of the fingers.
  ['dsn', 'dns'],
  ['atuh', 'auth'],
])('closestMatch(%s) is %s', (input, expected) => {
  expect(closestMatch(input, ids)).toBe(expected);
});

test.each([
  ['lsit', ['list', 'new', 'update', 'resolve'], 'list'],
  ['majr', ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'], 'major_outage'],
  ['degarded', ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'], 'degraded_performance'],
  ['outage', ['partial_outage', 'major_outage'], undefined],
])('closestMatch(%s) among commands and statuses is %s', (input, candidates, expected) => {
  expect(closestMatch(input, candidates)).toBe(expected);
});

test('didYouMean phrases a suggestion or says nothing', () => {
  expect(didYouMean('apii', ids)).toBe(' Did you mean `api`?');
  expect(didYouMean('zzzz', ids)).toBe('');
});
