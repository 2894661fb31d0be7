/** Secrets never reach what `upfront notify` prints: each value, any piece of one a receiver quotes back, and the parts of a URL errors quote alone. */
import { expect, test } from 'vitest';
import { Redactor } from '../../src/notify/delivery-transport.ts';

const redactor = new Redactor();
redactor.add(
  'smtp://apikey:s3cr%2Ft@smtp.example.com:587',
  'https://hooks.slack.com/services/T0/B0/xyz',
  'bob@x.example',
  'smtps://ops%40acme.example:pw-123@mail.acme.example',
  'discordtoken999',
  'SLACKSECRET42',
  undefined,
  '',
  'ab',
);

test.each([
  ['the whole URL', 'posted to https://hooks.slack.com/services/T0/B0/xyz', 'posted to [redacted]'],
  ['a host and port quoted by a network error', 'connect ECONNREFUSED smtp.example.com:587', 'connect ECONNREFUSED [redacted]'],
  ['a URL-encoded password, decoded', 'login with s3cr/t failed', 'login with [redacted] failed'],
  ['a user name that is a mail address', 'user ops@acme.example rejected', 'user [redacted] rejected'],
  ['a subscriber address', 'mailbox bob@x.example full', 'mailbox [redacted] full'],
  ['a piece of a secret a receiver quotes back', 'HTTP 500: error at /always500/discordtoken999', 'HTTP 500: error at /always500/[redacted]'],
  ['a secret inside a longer word', 'token=SLACKSECRET42&x=1', 'token=[redacted]&x=1'],
  ['six characters of a secret are a piece', 'see /services/ for help', 'see [redacted] for help'],
  ['five characters are not', 'about hooks', 'about hooks'],
  ['values too short to be secrets are left', 'about 40 %', 'about 40 %'],
])('%s', (_name, text, expected) => {
  expect(redactor.redact(text)).toBe(expected);
});

test.each([
  ['a whole secret in Upfront’s own text', 'see https://hooks.slack.com/services/T0/B0/xyz', 'see [redacted]'],
  ['a link of the page keeps its scheme and host', 'View: https://status.acme.example/incidents/x/', 'View: https://status.acme.example/incidents/x/'],
])('in Upfront’s own text, only whole secrets: %s', (_name, text, expected) => {
  expect(redactor.redactWhole(text)).toBe(expected);
});
