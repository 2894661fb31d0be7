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
])('closestMatch(%s) is %s', (input, expected) => {
  expect(closestMatch(input, ids)).toBe(expected);
});

test('didYouMean phrases a suggestion or says nothing', () => {
  expect(didYouMean('apii', ids)).toBe(' Did you mean `api`?');
  expect(didYouMean('zzzz', ids)).toBe('');
});
