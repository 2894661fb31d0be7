/**
 * The parts of a new repository that follow the channel registry: the commented
 * `notifications.yml` (one block per channel type) and the secret variables those blocks name
 * (the deploy workflow passes each on).
 */
import { CHANNEL_TYPES } from '../../src/notify/channels/registry.ts';

const HEADER = `# Where \`upfront notify\` delivers news after each deploy: new incident updates, maintenance
# announcements and changes, and published postmortems. Nothing is sent until you uncomment a
# channel below (the deploy workflow runs \`upfront notify\` after every deployment).
#
# No secret is ever written here. Each \`*_env\` field names the environment variable that holds
# it: add a repository secret of that name (Settings → Secrets and variables → Actions); the
# deploy workflow already passes these names on. A channel whose secret is missing fails on its
# own, and the others still deliver. Reference: the Upfront docs, notifications.md.

# News is announced for this long after a run first sees it; a channel that fails is retried that long.
# announce_within_hours: 24

# channels:
`;

const templates = Object.values(CHANNEL_TYPES).map((type) => type.template);

/** The commented notifications.yml that `upfront init` writes: every channel type, commented out. */
export function notificationsTemplate(): string {
  return `${HEADER}${templates.map((block) => block.replace(/^/gm, '  ')).join('\n\n')}\n`;
}

/** The environment variables the template's channels name, in order. */
export function templateSecretVariables(): string[] {
  return [...new Set(templates.flatMap((block) => [...block.matchAll(/_env: (\w+)/g)].map((m) => m[1])))];
}
