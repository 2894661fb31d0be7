/**
 * Local servers that speak the documented HTTP APIs of the mailing-list services Upfront uses,
 * written from their own documentation, for contract and end-to-end tests:
 * - Listmonk (github.com/knadh/listmonk, docs/docs/content/apis/*.md and cmd/public.go): token or
 *   BasicAuth (`403 invalid API credentials` otherwise), `{ data: … }` envelopes, lists,
 *   campaigns and their status changes, and the public form `POST /subscription/form` (`email`,
 *   `l` per list UUID, a `nonce` honeypot that must stay empty, private lists refused, an address
 *   already known has its lists added).
 * - Buttondown (github.com/buttondown/docs, public/openapi.json): `Authorization: Token …`
 *   (401 otherwise), paginated tags, emails with tag filters and `X-Idempotency-Key` (a repeated
 *   key answers the first response again), 422 validation errors, and the form endpoint
 *   `POST /api/emails/embed-subscribe/<username>` (`email`, `tag` per tag name or id, a tag
 *   unknown yet is created, an address already known has its tags appended), which redirects to
 *   a confirmation page on its own origin.
 * Both run double opt-in: a subscriber receives nothing until `confirm`. Both can be told to fail
 * the next requests (429 with Retry-After, 5xx) and record every request.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as received. */
export interface ServiceRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A subscriber as the service holds them. */
export interface ServiceSubscriber {
  email: string;
  /** List UUIDs (Listmonk) or tag ids (Buttondown). */
  audiences: Set<string>;
  confirmed: boolean;
}

/** One broadcast the service accepted: a Listmonk campaign started, or a Buttondown email created. */
export interface SentBroadcast {
  id: string;
  subject: string;
  body: string;
  altbody?: string;
  /** The confirmed subscribers it goes to, each once, sorted. */
  recipients: string[];
}

/** What both services' test servers offer. */
export interface MailingListService {
  origin: string;
  requests: ServiceRequest[];
  subscribers: Map<string, ServiceSubscriber>;
  /** Broadcasts sent to subscribers (a campaign counts once it runs). */
  sent: SentBroadcast[];
  /** Answers the next `count` requests whose `METHOD path` starts with `prefix` with `status` (and `headers`, and `body`, JSON). */
  failNext(prefix: string, count: number, status: number, headers?: Record<string, string>, body?: unknown): void;
  /** As if the subscriber clicked the link in the confirmation mail. */
  confirm(email: string): void;
  close(): Promise<void>;
}

type Handler = (request: ServiceRequest, url: URL, response: ServerResponse) => void;

async function serve(handler: Handler): Promise<Pick<MailingListService, 'origin' | 'requests' | 'failNext' | 'close'>> {
  const requests: ServiceRequest[] = [];
  const failures: Array<{ prefix: string; count: number; status: number; headers?: Record<string, string>; body?: unknown }> = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const failure = failures.find((f) => f.count > 0 && `${request.method} ${request.path}`.startsWith(f.prefix));
      if (failure) {
        failure.count--;
        response
          .writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers })
          .end(JSON.stringify(failure.body ?? { message: 'temporarily unavailable' }));
        return;
      }
      handler(request, new URL(request.path, 'http://service.test'), response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    failNext: (prefix, count, status, headers, body) => failures.push({ prefix, count, status, headers, body }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const json = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
const html = (response: ServerResponse, status: number, text: string) =>
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>${text}</title><p>${text}</p>`);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The confirmed subscribers holding any of `audiences`, each once, sorted. */
function recipientsOf(subscribers: Map<string, ServiceSubscriber>, audiences: readonly string[]): string[] {
  return [...subscribers.values()]
    .filter((s) => s.confirmed && audiences.some((a) => s.audiences.has(a)))
    .map((s) => s.email)
    .sort();
}

/** Subscribes `email` to `audiences` (appending to what it had), unconfirmed until `confirm`. */
function subscribe(subscribers: Map<string, ServiceSubscriber>, email: string, audiences: readonly string[]): void {
  const known = subscribers.get(email.toLowerCase());
  if (known) for (const a of audiences) known.audiences.add(a);
  else subscribers.set(email.toLowerCase(), { email: email.toLowerCase(), audiences: new Set(audiences), confirmed: false });
}

/** A Listmonk list as its API returns it. */
export interface ListmonkList {
  id: number;
  uuid: string;
  name: string;
  type: 'public' | 'private';
  optin: 'single' | 'double';
}

/** The Listmonk test server. */
export interface ListmonkService extends MailingListService {
  lists: ListmonkList[];
  campaigns: Array<{ id: number; name: string; subject: string; lists: number[]; status: string; body: string; altbody?: string; tags: string[] }>;
  /** Adds a list, as an administrator would in the dashboard. */
  addList(name: string, options?: Partial<Pick<ListmonkList, 'type' | 'optin' | 'uuid'>>): ListmonkList;
}

/** Starts a Listmonk test server whose API user `user` has the token `token`. */
export async function startListmonk(user: string, token: string): Promise<ListmonkService> {
  const subscribers = new Map<string, ServiceSubscriber>();
  const sent: SentBroadcast[] = [];
  const lists: ListmonkList[] = [];
  const campaigns: ListmonkService['campaigns'] = [];
  const addList: ListmonkService['addList'] = (name, options = {}) => {
    const list: ListmonkList = {
      id: lists.length + 1,
      uuid: options.uuid ?? randomUUID(),
      name,
      type: options.type ?? 'public',
      optin: options.optin ?? 'double',
    };
    lists.push(list);
    return list;
  };
  const authorized = (request: ServiceRequest) => {
    const header = String(request.headers.authorization ?? '');
    const basic = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : undefined;
    return header === `token ${user}:${token}` || basic === `${user}:${token}`;
  };
  const campaignOut = (c: ListmonkService['campaigns'][number]) => ({ ...c, lists: c.lists.map((id) => ({ id, name: lists.find((l) => l.id === id)?.name })) });
  const server = await serve((request, url, response) => {
    const route = `${request.method} ${url.pathname}`;
    if (route === 'POST /subscription/form') {
      const form = new URLSearchParams(request.body);
      // cmd/public.go: a filled-in nonce is a bot; no lists is an error; private lists are refused.
      if (form.get('nonce')) return html(response, 502, 'Invalid feature');
      const uuids = form.getAll('l');
      if (uuids.length === 0) return html(response, 400, 'No lists to subscribe to.');
      const email = (form.get('email') ?? '').trim();
      if (!EMAIL.test(email) || email.length > 1000) return html(response, 400, 'Invalid email.');
      if (uuids.some((u) => lists.find((l) => l.uuid === u)?.type !== 'public')) return html(response, 400, 'Invalid UUID.');
      subscribe(subscribers, email, uuids);
      return html(response, 200, 'Subscribed. Check your inbox to confirm your subscription.');
    }
    if (!route.startsWith('GET /api/') && !route.startsWith('POST /api/') && !route.startsWith('PUT /api/'))
      return json(response, 404, { message: 'Not found' });
    if (!authorized(request)) return json(response, 403, { message: 'invalid API credentials' });
    let body: Record<string, unknown> = {};
    if (request.body) {
      try {
        body = JSON.parse(request.body);
      } catch {
        return json(response, 400, { message: 'invalid JSON' });
      }
    }
    if (route === 'GET /api/lists') {
      if (url.searchParams.get('minimal') === 'true')
        return json(response, 200, { data: lists.length === 0 ? [] : { results: lists, total: lists.length, page: 1, per_page: lists.length } });
      return json(response, 200, { data: { results: lists, total: lists.length, page: 1, per_page: lists.length } });
    }
    if (route === 'POST /api/lists') {
      if (typeof body.name !== 'string' || !body.name.trim()) return json(response, 400, { message: 'invalid name' });
      if (!['public', 'private'].includes(String(body.type))) return json(response, 400, { message: 'invalid list type' });
      if (!['single', 'double'].includes(String(body.optin))) return json(response, 400, { message: 'invalid optin type' });
      return json(response, 200, { data: addList(body.name, { type: body.type as ListmonkList['type'], optin: body.optin as ListmonkList['optin'] }) });
    }
    if (route === 'GET /api/campaigns') {
      const query = url.searchParams.get('query') ?? '';
      const results = campaigns.filter((c) => !query || c.name.includes(query) || c.subject.includes(query)).map(campaignOut);
      return json(response, 200, { data: { results, total: results.length, page: 1, per_page: results.length } });
    }
    if (route === 'POST /api/campaigns') {
      const ids = body.lists as number[] | undefined;
      for (const field of ['name', 'subject', 'type', 'content_type', 'body'] as const)
        if (typeof body[field] !== 'string' || !(body[field] as string).trim()) return json(response, 400, { message: `invalid ${field}` });
      if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => !lists.some((l) => l.id === id)))
        return json(response, 400, { message: 'invalid lists' });
      if (!['regular', 'optin'].includes(String(body.type))) return json(response, 400, { message: 'invalid campaign type' });
      if (!['richtext', 'html', 'markdown', 'plain', 'visual'].includes(String(body.content_type)))
        return json(response, 400, { message: 'invalid content type' });
      const campaign = {
        id: campaigns.length + 1,
        name: body.name as string,
        subject: body.subject as string,
        lists: ids,
        status: 'draft',
        body: body.body as string,
        altbody: body.altbody as string | undefined,
        tags: (body.tags as string[]) ?? [],
      };
      campaigns.push(campaign);
      return json(response, 200, { data: campaignOut(campaign) });
    }
    const status = /^PUT \/api\/campaigns\/(\d+)\/status$/.exec(route);
    if (status) {
      const campaign = campaigns.find((c) => c.id === Number(status[1]));
      if (!campaign) return json(response, 404, { message: 'campaign not found' });
      // The documented transitions: only paused and draft campaigns can start.
      if (body.status !== 'running' || !['draft', 'paused'].includes(campaign.status))
        return json(response, 400, { message: `cannot change status from ${campaign.status} to ${String(body.status)}` });
      campaign.status = 'running';
      const uuids = campaign.lists.map((id) => lists.find((l) => l.id === id)!.uuid);
      sent.push({
        id: String(campaign.id),
        subject: campaign.subject,
        body: campaign.body,
        altbody: campaign.altbody,
        recipients: recipientsOf(subscribers, uuids),
      });
      return json(response, 200, { data: campaignOut(campaign) });
    }
    return json(response, 404, { message: 'Not found' });
  });
  return { ...server, subscribers, sent, lists, campaigns, addList, confirm: (email) => void (subscribers.get(email.toLowerCase())!.confirmed = true) };
}

/** A Buttondown tag as its API returns it. */
export interface ButtondownTag {
  id: string;
  name: string;
  color: string;
}

/** The Buttondown test server. */
export interface ButtondownService extends MailingListService {
  tags: ButtondownTag[];
  emails: Array<{ id: string; subject: string; body: string; filters: unknown; status: string }>;
  /** The most tags one page of `GET /v1/tags` holds, whatever `page_size` asks (to make the client page through). */
  pageSizeCap: number;
}

/** Starts a Buttondown test server for the newsletter `username`, whose API key is `key`. */
export async function startButtondown(username: string, key: string): Promise<ButtondownService> {
  const subscribers = new Map<string, ServiceSubscriber>();
  const sent: SentBroadcast[] = [];
  const tags: ButtondownTag[] = [];
  const emails: ButtondownService['emails'] = [];
  const replies = new Map<string, { status: number; body: unknown }>();
  const newTag = (name: string, color = '#000000') => {
    const tag = { id: `tag_${randomUUID().replace(/-/g, '').slice(0, 26)}`, name, color };
    tags.push(tag);
    return tag;
  };
  const service: Partial<ButtondownService> = { pageSizeCap: 1000 };
  const server = await serve((request, url, response) => {
    const route = `${request.method} ${url.pathname}`;
    if (route === `POST /api/emails/embed-subscribe/${username}`) {
      const form = new URLSearchParams(request.body);
      const email = (form.get('email') ?? '').trim();
      if (!EMAIL.test(email)) return html(response, 400, 'Please enter a valid email address.');
      // A tag is named or given by id; a name Buttondown does not know yet becomes a new tag.
      const ids = form.getAll('tag').map((t) => (tags.find((tag) => tag.id === t || tag.name === t) ?? newTag(t)).id);
      subscribe(subscribers, email, ids);
      return response.writeHead(303, { location: `/${username}/confirm` }).end();
    }
    if (route === `GET /${username}/confirm`) return html(response, 200, 'Almost there: check your inbox to confirm your subscription.');
    if (!url.pathname.startsWith('/v1/')) return json(response, 404, { detail: 'Not found.' });
    if (request.headers.authorization !== `Token ${key}`) return json(response, 401, { code: 'invalid_token', detail: 'Invalid token.' });
    let body: Record<string, unknown> = {};
    if (request.body) {
      try {
        body = JSON.parse(request.body);
      } catch {
        return json(response, 422, { detail: [{ type: 'json_invalid', loc: ['body'], msg: 'JSON decode error' }] });
      }
    }
    const idempotencyKey = request.headers['x-idempotency-key'];
    if (typeof idempotencyKey === 'string' && replies.has(`${route} ${idempotencyKey}`)) {
      const reply = replies.get(`${route} ${idempotencyKey}`)!;
      return json(response, reply.status, reply.body);
    }
    const answer = (status: number, reply: unknown) => {
      if (typeof idempotencyKey === 'string') replies.set(`${route} ${idempotencyKey}`, { status, body: reply });
      json(response, status, reply);
    };
    if (route === 'GET /v1/tags') {
      const size = Math.min(Number(url.searchParams.get('page_size') ?? 100), service.pageSizeCap!);
      const page = Number(url.searchParams.get('page') ?? 1);
      const results = tags.slice((page - 1) * size, page * size);
      const next = page * size < tags.length ? `${server.origin}/v1/tags?page_size=${size}&page=${page + 1}` : null;
      return json(response, 200, {
        results,
        next,
        previous: page > 1 ? `${server.origin}/v1/tags?page_size=${size}&page=${page - 1}` : null,
        count: tags.length,
      });
    }
    if (route === 'POST /v1/tags') {
      const missing = ['name', 'color'].filter((field) => typeof body[field] !== 'string' || !(body[field] as string));
      if (missing.length > 0) return answer(422, { detail: missing.map((field) => ({ type: 'missing', loc: ['body', field], msg: 'Field required' })) });
      if (!/^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/.test(body.color as string))
        return answer(422, { detail: [{ type: 'string_pattern_mismatch', loc: ['body', 'color'], msg: 'String should match pattern' }] });
      if (tags.some((t) => t.name === body.name) && request.headers['x-buttondown-collision-behavior'] !== 'overwrite')
        return answer(400, { code: 'name_already_exists', detail: `A tag named ${String(body.name)} already exists.` });
      return answer(201, newTag(body.name as string, body.color as string));
    }
    if (route === 'POST /v1/emails') {
      if (typeof body.subject !== 'string' || !body.subject.trim())
        return answer(422, { detail: [{ type: 'missing', loc: ['body', 'subject'], msg: 'Field required' }] });
      const filters = body.filters as
        | { predicate?: string; filters?: Array<{ field: string; operator: string; value: string }>; groups?: unknown[] }
        | undefined;
      const leaves = filters?.filters ?? [];
      if (filters && (!['and', 'or'].includes(String(filters.predicate)) || !Array.isArray(filters.groups)))
        return answer(422, { detail: [{ type: 'value_error', loc: ['body', 'filters'], msg: 'Invalid filter group' }] });
      const unknownTag = leaves.find((f) => f.field === 'subscriber.tags' && !tags.some((t) => t.id === f.value));
      if (unknownTag) return answer(400, { code: 'tag_invalid', detail: `No tag with the id ${unknownTag.value}.` });
      if (leaves.some((f) => f.field !== 'subscriber.tags' || f.operator !== 'contains') || filters?.predicate !== 'or')
        return answer(400, { code: 'status_invalid', detail: 'This test server knows only `or` groups of `subscriber.tags contains` filters.' });
      const email = {
        id: `em_${randomUUID().replace(/-/g, '').slice(0, 26)}`,
        subject: body.subject,
        body: String(body.body ?? ''),
        filters,
        status: String(body.status ?? 'about_to_send'),
      };
      emails.push(email);
      if (email.status === 'about_to_send')
        sent.push({
          id: email.id,
          subject: email.subject,
          body: email.body,
          recipients: recipientsOf(
            subscribers,
            leaves.map((f) => f.value),
          ),
        });
      return answer(201, { ...email, creation_date: new Date().toISOString() });
    }
    return json(response, 404, { detail: 'Not found.' });
  });
  return Object.assign(service, {
    ...server,
    subscribers,
    sent,
    tags,
    emails,
    confirm: (email: string) => void (subscribers.get(email.toLowerCase())!.confirmed = true),
  }) as ButtondownService;
}
