/** The delivery record's pure parts: masked addresses, the lease, settling a list, what is no longer news. */
import { describe, expect, test } from 'vitest';
import {
  emptyRecord,
  maskAddress,
  notNewsReason,
  takeLease,
  withDelivery,
  withListSettled,
  withOutcomes,
  type Lease,
  type SeenNews,
} from '../../src/notify/delivery-record.ts';

const NOW = new Date('2026-03-10T12:00:00Z');

test.each([
  ['alice@customer.example', 'a…e@c….example'],
  ['bo@x.example', 'b…@x….example'],
  ['x@localhost', 'x…@l…'],
  ['first.last+status@mail.acme.co.uk', 'f…s@m….uk'],
])('maskAddress(%j) = %j', (address, masked) => {
  expect(maskAddress(address)).toBe(masked);
});

describe('the lease', () => {
  const mine: Lease = { holder: 'a', host: 'runner-1', pid: 10, until: '2026-12-06T01:10:00.000Z' };
  const theirs: Lease = { holder: 'b', host: 'runner-2', pid: 20, until: '2026-12-06T01:10:00.000Z' };
  const held = { ...emptyRecord(NOW), lease: theirs };
  test.each<[string, Date, boolean, 'taken' | 'held']>([
    ['a lease another run holds until later is respected', new Date('2026-12-06T01:00:00Z'), false, 'held'],
    ['an expired lease is taken over', new Date('2026-12-06T01:11:00Z'), false, 'taken'],
    ['a lease whose process is gone is taken over', new Date('2026-12-06T01:00:00Z'), true, 'taken'],
  ])('%s', (_name, wallNow, dead, expected) => {
    const result = takeLease(held, mine, wallNow, () => dead);
    expect('heldBy' in result ? 'held' : 'taken').toBe(expected);
    if ('record' in result) expect(result.record.lease).toEqual(mine);
  });
  test('a run may renew its own lease', () => {
    expect(takeLease({ ...emptyRecord(NOW), lease: mine }, mine, new Date('2026-12-06T01:00:00Z'), () => false)).toEqual({
      record: { ...emptyRecord(NOW), lease: mine },
    });
  });
});

test('a list settled as a whole keeps one entry for it instead of one per recipient', () => {
  let record = emptyRecord(NOW);
  for (const recipient of ['r1', 'r2', 'r3'])
    record = withDelivery(record, `news/1 mail ${recipient}`, { state: 'delivered', at: '2026-03-10T12:00:00Z', attempts: 1 });
  record = withDelivery(record, 'news/1 hook', { state: 'delivered', at: '2026-03-10T12:00:00Z', attempts: 1 });
  record = withDelivery(record, 'news/10 mail r1', { state: 'failed', at: '2026-03-10T12:00:00Z', attempts: 1 });
  const settled = withListSettled(record, 'news/1 mail', {
    state: 'delivered',
    at: '2026-03-10T12:01:00Z',
    attempts: 1,
    detail: 'sent to 3 of 3 subscribers due',
  });
  expect(Object.keys(settled.deliveries).sort()).toEqual(['news/1 hook', 'news/1 mail', 'news/10 mail r1']);
});

test.each<[SeenNews['disposition'], string, string | undefined]>([
  ['news', '2026-03-10T11:00:00Z', undefined],
  ['news', '2026-03-09T11:59:00Z', 'first seen 2026-03-09T11:59:00Z, more than 24 h ago (`announce_within_hours`)'],
  ['quiet', '2026-03-10T11:00:00Z', 'quiet'],
  ['history', '2026-03-10T11:00:00Z', 'older than the delivery record: history, not news'],
  ['baseline', '2026-03-10T11:00:00Z', 'already in the content the record started from'],
  ['covered', '2026-03-10T11:00:00Z', 'said by a new update of the same event'],
])('news that is %s, first seen %s: %s', (disposition, firstSeen, reason) => {
  const entry: SeenNews = { id: 'e/1', event: 'e', change: 'opened', at: '2026-03-10T10:00:00Z', firstSeen, disposition };
  expect(notNewsReason(entry, NOW, 24)).toBe(reason);
});

test('outcomes a killed run journaled are applied in order, and a later failure never undoes a delivery', () => {
  const delivered = { state: 'delivered' as const, at: '2026-03-10T12:00:00Z', attempts: 1 };
  const failed = { state: 'failed' as const, at: '2026-03-10T12:01:00Z', attempts: 2, detail: 'HTTP 503' };
  const record = withDelivery(emptyRecord(NOW), 'n/1 hook', delivered);
  const result = withOutcomes(record, [
    { key: 'n/1 hook', entry: failed },
    { key: 'n/2 hook', entry: failed },
    { key: 'n/3 hook', entry: failed },
    { key: 'n/3 hook', entry: delivered },
  ]);
  expect(result.deliveries).toEqual({ 'n/1 hook': delivered, 'n/2 hook': failed, 'n/3 hook': delivered });
});
