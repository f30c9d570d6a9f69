// Townsquare performance benchmark: starts the built server on its own embedded PostgreSQL, seeds
// a large community, then measures the GraphQL API under load with autocannon and the live
// channel's fan-out with hundreds of socket.io clients.
//
//   node test/bench/run.mjs [--topics 100000 --replies 1000000 --members 1000 --ideas N --idea-votes N] [--duration 10]
//        [--connections 20] [--sockets 500] [--keep] [--reuse-data DIR]
//
// The summary is printed and written to test/bench/results/latest.json. See README.md.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { io } from 'socket.io-client';
import { ADMIN_PASSWORD, SERVER_MAIN, gql, startServer, tempDataDir } from '../support/server.mjs';
import { BENCH_PASSWORD, DEFAULTS, IDEA_BOARD_SLUG, benchHandle, ideaCountFor, ideaVoteCountFor, seedCommunity } from './seed.mjs';
import { cpuDelta, cpuSnapshot, startMemorySampler, statusKiB } from './procstats.mjs';
import { SEARCH_WORDS, WORDS } from './words.mjs';

const HERE = import.meta.dirname;
const ALL_SCENARIOS = ['floor', 'latest', 'latest-member', 'hot', 'topic', 'search', 'create', 'directory', 'queue', 'trust', 'events', 'event', 'rsvp', 'ideas-top', 'ideas-trending', 'ideas-similar', 'ideas-top-member', 'inbox', 'kpis', 'page-topic', 'page-home', 'feed-latest', 'sitemap', 'mentions', 'realtime'];

// ---- options ------------------------------------------------------------------------------------------
const { values: argv } = parseArgs({
  options: {
    members: { type: 'string' },
    topics: { type: 'string' },
    replies: { type: 'string' },
    reactions: { type: 'string' },
    ideas: { type: 'string' },
    'idea-votes': { type: 'string' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20' },
    sockets: { type: 'string', default: '500' },
    'realtime-posts': { type: 'string', default: '20' },
    'realtime-interval': { type: 'string', default: '200' },
    'signed-in': { type: 'string', default: '20' },
    scenarios: { type: 'string', default: ALL_SCENARIOS.join(',') },
    'log-level': { type: 'string', default: 'info' },
    'wait-quiet': { type: 'string', default: '60' },
    'search-words': { type: 'string' },
    profile: { type: 'boolean', default: false },
    'server-env': { type: 'string', multiple: true, default: [] },
    'reuse-data': { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(HERE, 'results', 'latest.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (argv.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(0, 8).join('\n'));
  process.exit(0);
}
const int = (name, fallback) => {
  const v = argv[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number`);
  return n;
};
const opts = {
  members: int('members', DEFAULTS.members),
  topics: int('topics', DEFAULTS.topics),
  replies: int('replies', DEFAULTS.replies),
  reactions: argv.reactions === undefined ? undefined : int('reactions'),
  ideas: argv.ideas === undefined ? undefined : int('ideas'),
  ideaVotes: argv['idea-votes'] === undefined ? undefined : int('idea-votes'),
  duration: Math.min(int('duration'), 600),
  warmup: Math.min(int('warmup'), 60),
  connections: Math.max(1, Math.min(int('connections'), 1000)),
  sockets: Math.min(int('sockets'), 20_000),
  realtimePosts: Math.max(1, Math.min(int('realtime-posts'), 1000)),
  realtimeInterval: Math.max(10, int('realtime-interval')),
  signedIn: Math.max(1, Math.min(int('signed-in'), 500)),
  scenarios: argv.scenarios.split(',').map((s) => s.trim()).filter(Boolean),
  logLevel: argv['log-level'],
  waitQuiet: Math.min(int('wait-quiet'), 600),
  profile: argv.profile,
};
// Other words (e.g. rare ones planted in a kept data dir) measure search beyond the generated vocabulary.
const searchWords = argv['search-words'] ? argv['search-words'].split(',').map((w) => w.trim()).filter(Boolean) : SEARCH_WORDS;
for (const kv of argv['server-env']) if (!/^[A-Z_][A-Z0-9_]*=/.test(kv)) throw new Error(`--server-env wants KEY=VALUE, got "${kv}"`);
for (const s of opts.scenarios) if (!ALL_SCENARIOS.includes(s)) throw new Error(`unknown scenario "${s}" (known: ${ALL_SCENARIOS.join(', ')})`);
opts.signedIn = Math.min(opts.signedIn, opts.members);

// ---- GraphQL documents ------------------------------------------------------------------------------------
const TOPIC_LIST = `query TopicList($sort: TopicSort!, $first: Int) {
  topics(sort: $sort, first: $first) {
    edges { node { id title replyCount lastPostedAt author { handle displayName } category { name color } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const TOPIC_LIST_MEMBER = `query TopicListMember($sort: TopicSort!, $first: Int) {
  topics(sort: $sort, first: $first) {
    edges { node { id title replyCount lastPostedAt pinned unreadCount lastReadPostNumber watchLevel author { handle displayName } category { name color } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const TOPIC_PAGE = `query TopicPage($id: ID!) {
  topic(id: $id) {
    id title kind replyCount highestPostNumber locked tags createdAt
    author { handle displayName } category { id name color }
  }
  posts(topicId: $id, first: 20) {
    edges { node { id postNumber bodyHtml createdAt voice author { handle displayName role } reactions { reaction count reactedByMe } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 20) {
    edges { node { rank snippet topic { id title } post { id postNumber } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const CREATE_POST = `mutation Reply($input: CreatePostInput!) { createPost(input: $input) { id postNumber createdAt } }`;
const DIRECTORY = `query Directory($filter: MemberFilterInput, $first: Int) {
  members(filter: $filter, first: $first) {
    edges { node { id handle displayName email role trustLevel createdAt standing { membership suspendedUntil silencedUntil } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const INBOX = `query Inbox($first: Int) {
  replyInbox(first: $first) {
    edges { cursor node { topicId reason waitingSince dueAt waitedSeconds state claimedUntil claimedBy { id handle displayName }
      topic { id title kind category { id name color } }
      waitingPost { id postNumber bodyHtml createdAt author { id handle displayName } } } }
    pageInfo { hasNextPage endCursor }
  }
  inboxSummary { open mine unclaimed overdue targetMinutes withinHours hoursChangeAt viewerOnDuty onDuty { id handle displayName } }
}`;

const QUEUE = `query Queue($first: Int) {
  moderationQueue(first: $first) {
    edges { node { id kind targetType flagWeight createdAt
      flags { id reason note weight createdAt flagger { id handle displayName } }
      post { id postNumber bodyHtml author { handle displayName } topic { id title } }
      topic { id title } user { id handle } } }
    pageInfo { endCursor hasNextPage }
  }
  moderationSummary { openCount oldestOpenAt }
}`;
const RECOMPUTE_TRUST = `mutation { recomputeTrustLevels }`;
const KPI_FIGURES = `newMembers visitors activeMembers contributingMembers contributorShare topics replies reactions ideas rsvps contestEntries contributions repliesPerTopic memberTopics topicsWithReplyShare`;
const KPI_PERIOD = `start end totals { ${KPI_FIGURES} } series { start end ${KPI_FIGURES} }
  responseTimes { topics replied answeredByTeam answeredWithinTarget withinTargetShare targetMinutes firstReplyMedianSeconds firstReplyP90Seconds firstTeamReplyMedianSeconds firstTeamReplyP90Seconds }
  topContributors { userId handle displayName posts } topTopics { topicId title replies reactions } busiestCategories { categoryId name topics replies }`;
/** The staff KPI dashboard as the client asks for it: the period and the previous one, every series, response times, top lists. */
const KPIS = `query Kpis($input: CommunityKpisInput!) { communityKpis(input: $input) { bucket timeZone unansweredNow computedAt current { ${KPI_PERIOD} } previous { ${KPI_PERIOD} } } }`;
const REBUILD_KPIS = `mutation ($days: Int!) { rebuildKpis(days: $days) }`;
const EVENT_LIST = `query Events($first: Int) {
  eventOccurrences(range: UPCOMING, first: $first) {
    edges { node { id startsAt startsAtLocal goingCount placesLeft cancelled
      event { id title timeZone location onlineUrl coverUrl capacity category { id name color } } } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const EVENT_PAGE = `query EventPage($id: ID!) {
  event(id: $id) {
    id title descriptionHtml timeZone startsAt endsAt startsAtLocal location onlineUrl coverUrl capacity status visibility topicId recurrenceRule
    category { id name slug color }
    nextOccurrence { id startsAt endsAt startsAtLocal goingCount waitlistCount placesLeft rsvpOpen rsvpDeadline cancelled myRsvp { status waitlistPosition } }
    occurrences(first: 10) { edges { node { id startsAt startsAtLocal cancelled placesLeft } } }
  }
}`;
const CREATE_EVENT = `mutation CreateEvent($input: EventInput!) { createEvent(input: $input, publish: true) { id nextOccurrence { id } } }`;
const RSVP_EVENT = `mutation Rsvp($o: ID!) { rsvpEvent(occurrenceId: $o, status: GOING) { id myRsvp { status waitlistPosition } } }`;
// The row fields an ideas board shows.
const IDEA_ROW = 'topicId title status voteCount votedByMe viewerCanVote tags';
const IDEA_LIST = `query Ideas($sort: IdeaSort!, $first: Int) {
  ideas(sort: $sort, first: $first) {
    edges { node { ${IDEA_ROW} } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const IDEA_LIST_TRENDING = `query IdeasTrending($first: Int) {
  ideas(sort: TRENDING, first: $first) {
    edges { node { ${IDEA_ROW} recentVotes } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const SIMILAR_IDEAS = `query SimilarIdeas($title: String!) { similarIdeas(title: $title) { ${IDEA_ROW} } }`;
const MENTIONS = `query MentionSuggestions($prefix: String!, $topicId: ID) { mentionSuggestions(prefix: $prefix, topicId: $topicId) { id handle displayName } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id handle } } }`;

// ---- helpers --------------------------------------------------------------------------------------------------
const log = (...args) => console.log(...args);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const round = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(digits)));
const mib = (kib) => (kib ? Math.round(kib / 1024) : null);

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function replyBody() {
  const words = Array.from({ length: 12 + Math.floor(Math.random() * 20) }, () => pick(WORDS));
  return `Benchmark reply: ${words.slice(0, 8).join(' ')}.\n\n- ${words.slice(8, 14).join(' ')}\n- **${words.slice(14).join(' ')}**`;
}

function machineInfo() {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let free = null;
  try {
    free = execFileSync('free', ['-g'], { encoding: 'utf8' }).trim();
  } catch {
    /* no free(1) */
  }
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel,
    memTotalGiB: round(os.totalmem() / 2 ** 30, 1),
    free,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAvgAtStart: os.loadavg().map((x) => round(x, 2)),
  };
}

async function databaseUrlOf(server) {
  const password = readFileSync(path.join(server.dataDir, 'postgres-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${server.pgPort}/townsquare`;
}

/** Per-table scan counters, to see which tables a scenario reads by sequential scan. */
async function tableStats(db) {
  const { rows } = await db.query(
    `SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) AS idx_scan, coalesce(idx_tup_fetch, 0) AS idx_tup_fetch
     FROM pg_stat_user_tables WHERE schemaname = 'public'`,
  );
  return Object.fromEntries(rows.map((r) => [r.relname, { seqScan: Number(r.seq_scan), seqTupRead: Number(r.seq_tup_read), idxScan: Number(r.idx_scan), idxTupFetch: Number(r.idx_tup_fetch) }]));
}

/** Database-wide counters: transactions (≈ statements, as the server runs most outside transactions), rows, blocks. */
async function databaseStats(db) {
  const { rows } = await db.query(
    `SELECT xact_commit + xact_rollback AS xacts, tup_returned, tup_fetched, tup_inserted, tup_updated, blks_read, blks_hit, temp_bytes, deadlocks
     FROM pg_stat_database WHERE datname = current_database()`,
  );
  return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
}

/**
 * Samples what the server's PostgreSQL sessions are doing every 100 ms: how many are active and
 * what the active ones wait on (Lock, LWLock, IO, Client…). stop() returns the tallies.
 */
function startActivitySampler(db) {
  const tally = {};
  let samples = 0;
  let activeSum = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { rows } = await db.query(
          `SELECT state, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait FROM pg_stat_activity
           WHERE datname = current_database() AND application_name = 'townsquare' AND pid <> pg_backend_pid()`,
        );
        samples++;
        for (const r of rows) {
          if (r.state !== 'active') continue;
          activeSum++;
          tally[r.wait] = (tally[r.wait] ?? 0) + 1;
        }
      } catch {
        /* the sampler must never break a run */
      }
      await sleep(100);
    }
  })();
  return async () => {
    running = false;
    await loop;
    const waits = Object.fromEntries(
      Object.entries(tally)
        .sort((x, y) => y[1] - x[1])
        .map(([k, v]) => [k, Math.round((v / Math.max(1, activeSum)) * 100)]),
    );
    return { samples, avgActiveSessions: round(activeSum / Math.max(1, samples), 2), activeWaitSharePct: waits };
  };
}

function tableStatsDelta(a, b) {
  const out = {};
  for (const [table, after] of Object.entries(b)) {
    const before = a[table] ?? { seqScan: 0, seqTupRead: 0, idxScan: 0, idxTupFetch: 0 };
    const d = {
      seqScan: after.seqScan - before.seqScan,
      seqTupRead: after.seqTupRead - before.seqTupRead,
      idxScan: after.idxScan - before.idxScan,
    };
    if (d.seqScan || d.idxScan) out[table] = d;
  }
  return out;
}

/**
 * On a shared machine other processes may be busy: wait (at most opts.waitQuiet seconds) until
 * they use less than a quarter of one core over two seconds. Returns what was seen.
 */
async function waitForQuiet(ctx) {
  const started = Date.now();
  let otherPct = null;
  for (;;) {
    const a = cpuSnapshot(ctx.proc);
    await sleep(2000);
    otherPct = cpuDelta(a, cpuSnapshot(ctx.proc)).otherPct;
    if (otherPct < 25 || Date.now() - started >= opts.waitQuiet * 1000) break;
  }
  const waited = Math.round((Date.now() - started) / 1000);
  if (otherPct >= 25) log(`  note: other processes still use ${otherPct}% of a core after waiting ${waited} s; figures will be lower than on an idle machine`);
  else if (waited > 3) log(`  (waited ${waited} s for other processes to go quiet)`);
  return { otherPctBefore: otherPct, waitedSeconds: waited };
}

// ---- HTTP scenarios -------------------------------------------------------------------------------------------

/**
 * One HTTP scenario: a verification pass of `verifyCount` requests with fetch (status, GraphQL
 * errors, a sample error), a warm-up, then the measured autocannon run. `make()` returns
 * { body, cookie } for one GraphQL request, or, when `get` is set, { path } for one GET with
 * `get.accept` whose body `get.check(body)` accepts (a page, a feed, a sitemap: every response is
 * checked, and one it refuses counts in the "GQL errors" column).
 */
async function httpScenario(ctx, { name, description, make, get = null, verifyCount = 50 }) {
  const { server, db } = ctx;
  log(`\n▶ ${name}: ${description}`);
  const bodyOk = get ? (body) => typeof body === 'string' && get.check(body) : (body) => typeof body === 'string' && body.startsWith('{"data"') && !body.includes('"errors"');
  const send = (r) =>
    get
      ? fetch(`${server.url}${r.path}`, { headers: { accept: get.accept }, signal: AbortSignal.timeout(30_000) })
      : fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(r.cookie && { cookie: r.cookie }) },
          body: r.body,
          signal: AbortSignal.timeout(30_000),
        });

  // Verification pass (bounded: verifyCount requests, 5 at a time).
  const verification = { requests: 0, non2xx: 0, graphqlErrors: 0, sampleError: null, avgBytes: 0, avgMs: 0 };
  let bytes = 0;
  let ms = 0;
  let next = 0;
  const verifyWorker = async () => {
    while (next < verifyCount) {
      next++;
      const t0 = performance.now();
      const res = await send(make());
      const text = await res.text();
      ms += performance.now() - t0;
      bytes += text.length;
      verification.requests++;
      if (res.status < 200 || res.status >= 300) verification.non2xx++;
      if (get) {
        if (!bodyOk(text)) {
          verification.graphqlErrors++;
          verification.sampleError ??= `HTTP ${res.status}: ${text.slice(0, 300)}`;
        }
        continue;
      }
      let parsed = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      if (!parsed || parsed.errors) {
        verification.graphqlErrors++;
        verification.sampleError ??= parsed?.errors?.[0]?.message ?? text.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: 5 }, verifyWorker));
  verification.avgBytes = Math.round(bytes / Math.max(1, verification.requests));
  verification.avgMs = round(ms / Math.max(1, verification.requests));
  log(`  verification: ${verification.requests} requests, ${verification.non2xx} non-2xx, ${verification.graphqlErrors} with GraphQL errors, ~${verification.avgBytes} bytes/response${verification.sampleError ? `; e.g. "${verification.sampleError}"` : ''}`);

  const cannon = (duration) =>
    autocannon({
      url: `${server.url}${get ? '/' : '/graphql'}`,
      connections: opts.connections,
      duration,
      timeout: 30,
      method: get ? 'GET' : 'POST',
      headers: get ? { accept: get.accept } : { 'content-type': 'application/json' },
      requests: [
        get
          ? {
              method: 'GET',
              setupRequest: (req) => {
                req.path = make().path;
                req.headers = { accept: get.accept };
                return req;
              },
            }
          : {
              method: 'POST',
              path: '/graphql',
              setupRequest: (req) => {
                const { body, cookie } = make();
                req.body = body;
                req.headers = { 'content-type': 'application/json', ...(cookie && { cookie }) };
                return req;
              },
            },
      ],
      // Every response is checked: a GraphQL error arrives with HTTP 200, and so would the app's bare page.
      verifyBody: bodyOk,
    });

  if (opts.warmup > 0) await cannon(opts.warmup);
  const quiet = await waitForQuiet(ctx);
  const statsBefore = await tableStats(db);
  const dbBefore = await databaseStats(db);
  const cpuBefore = cpuSnapshot(ctx.proc);
  ctx.memory.mark(name);
  const stopActivity = startActivitySampler(ctx.activityDb);
  const r = await cannon(opts.duration);
  const cpu = cpuDelta(cpuBefore, cpuSnapshot(ctx.proc));
  const activity = await stopActivity();
  await sleep(1500); // let backends flush their statistics
  const scans = tableStatsDelta(statsBefore, await tableStats(db));
  const dbAfter = await databaseStats(db);
  const perRequest = (k) => round((dbAfter[k] - dbBefore[k]) / Math.max(1, r.requests.total), 1);
  const database = {
    transactionsPerRequest: perRequest('xacts'),
    rowsReturnedPerRequest: perRequest('tup_returned'),
    rowsFetchedPerRequest: perRequest('tup_fetched'),
    blocksReadPerRequest: perRequest('blks_read'),
    blocksHitPerRequest: perRequest('blks_hit'),
    tempBytes: dbAfter.temp_bytes - dbBefore.temp_bytes,
    deadlocks: dbAfter.deadlocks - dbBefore.deadlocks,
    activity,
  };
  const result = {
    name,
    description,
    connections: opts.connections,
    durationSeconds: r.duration,
    requests: r.requests.total,
    rps: round(r.requests.average, 1),
    latencyMs: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, avg: round(r.latency.average, 2), max: r.latency.max },
    non2xx: r.non2xx,
    socketErrors: r.errors,
    timeouts: r.timeouts,
    graphqlErrors: r.mismatches,
    kbPerSecond: round(r.throughput.average / 1024, 0),
    cpu,
    // What one request costs the server process and PostgreSQL in CPU, from /proc over the measured window.
    cpuMsPerRequest: {
      server: round((cpu.serverSeconds * 1000) / Math.max(1, r.requests.total), 2),
      postgres: round((cpu.postgresSeconds * 1000) / Math.max(1, r.requests.total), 2),
    },
    quiet,
    database,
    tableScans: scans,
    verification,
  };
  log(
    `  ${result.rps} req/s, p50 ${result.latencyMs.p50} ms, p97.5 ${result.latencyMs.p97_5} ms, p99 ${result.latencyMs.p99} ms, ` +
      `${result.non2xx} non-2xx, ${result.graphqlErrors} GraphQL errors, ${result.socketErrors} socket errors, ${result.timeouts} timeouts; ` +
      `CPU: server ${cpu.serverPct}%, postgres ${cpu.postgresPct}%, load tool ${cpu.benchPct}%, other ${cpu.otherPct}%; ` +
      `CPU per request: server ${result.cpuMsPerRequest.server} ms, postgres ${result.cpuMsPerRequest.postgres} ms`,
  );
  log(
    `  database: ${database.transactionsPerRequest} transactions/request, ${database.rowsFetchedPerRequest} rows fetched/request, ` +
      `${activity.avgActiveSessions} active sessions on average, waiting: ${JSON.stringify(activity.activeWaitSharePct)}`,
  );
  return result;
}

// ---- ideas ---------------------------------------------------------------------------------------------------

/**
 * Titles as a member types them for similarIdeas: prefixes (3–40 characters, cut anywhere, also
 * mid-word) of 400 seeded ideas' titles, a quarter of them Russian, and 60 typed from the Russian
 * words of the vocabulary.
 */
async function similarTitles(db) {
  const { rows } = await db.query(
    `(SELECT t.title FROM topics t JOIN categories c ON c.id = t.category_id WHERE c.slug = $1 AND t.kind = 'IDEA' AND t.title !~ '[А-Яа-яЁё]' ORDER BY random() LIMIT 300)
     UNION ALL
     (SELECT t.title FROM topics t JOIN categories c ON c.id = t.category_id WHERE c.slug = $1 AND t.kind = 'IDEA' AND t.title ~ '^[А-Яа-яЁё]' ORDER BY random() LIMIT 100)`,
    [IDEA_BOARD_SLUG],
  );
  const typed = (text) => {
    const chars = [...text];
    const cut = chars.slice(0, 3 + Math.floor(Math.random() * 38)).join('').trim();
    return [...cut].length >= 3 ? cut : null;
  };
  const russian = WORDS.filter((w) => /[а-яё]/i.test(w));
  const openers = ['Добавить', 'Сделать', 'Улучшить', 'Нужна', 'Хочу'];
  const titles = rows.map((r) => typed(r.title));
  for (let i = 0; i < 60; i++) titles.push(typed(`${pick(openers)} ${pick(russian)} ${pick(russian)} ${pick(WORDS)}`));
  return titles.filter(Boolean);
}

// ---- pages and feeds -----------------------------------------------------------------------------------------

/** The topic pages the sitemap index lists, as paths (`/sitemap-topics.xml?after=…`). */
async function sitemapTopicPages(url) {
  const res = await fetch(`${url}/sitemap.xml`, { signal: AbortSignal.timeout(120_000) });
  if (!res.ok) throw new Error(`GET /sitemap.xml answered ${res.status}`);
  const xml = await res.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1].replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'")))
    .filter((u) => u.pathname === '/sitemap-topics.xml')
    .map((u) => `${u.pathname}${u.search}`);
  if (paths.length === 0) throw new Error('the sitemap index lists no topic pages');
  return paths;
}

// ---- staff scenarios ------------------------------------------------------------------------------------------

const QUEUE_ITEMS = 2000;

/**
 * Open queue items for the queue scenario: `count` replies at random, each flagged by two members
 * (not their author; rarely one, when the author is drawn), written straight into the tables the way the server writes them.
 */
async function seedFlags(db, count) {
  const existing = (await db.query(`SELECT count(*)::int AS n FROM moderation_items WHERE status = 'OPEN'`)).rows[0].n;
  if (existing >= count) {
    log(`\nqueue: reusing ${existing} open items`);
    return { items: existing, seconds: 0 };
  }
  const t0 = performance.now();
  await db.query(
    `WITH picked AS (
       SELECT p.id, p.author_id, t.category_id FROM posts p TABLESAMPLE SYSTEM (1) JOIN topics t ON t.id = p.topic_id
        WHERE p.post_number > 1 AND p.author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM moderation_items i WHERE i.target_id = p.id)
        LIMIT $1
     ), items AS (
       INSERT INTO moderation_items (kind, target_type, target_id, category_id, flag_weight, created_at)
       SELECT 'FLAGGED', 'POST', id, category_id, 2, now() - random() * interval '3 days' FROM picked RETURNING id, target_id
     )
     INSERT INTO flags (item_id, target_type, target_id, flagger_id, owner_id, reason, note, weight, created_at)
     SELECT i.id, 'POST', i.target_id, pool.ids[1 + (abs(hashtext(i.id::text)) + k) % array_length(pool.ids, 1)], p.author_id,
            (ARRAY['SPAM', 'OFFENSIVE', 'OFF_TOPIC'])[1 + k], 'Flagged by the benchmark', 1, now() - random() * interval '3 days'
       FROM items i JOIN picked p ON p.id = i.target_id
       CROSS JOIN (SELECT array_agg(id) AS ids FROM (SELECT id FROM users WHERE role = 'MEMBER' AND handle LIKE 'bench\\_user\\_%' LIMIT 5000) m) pool
       CROSS JOIN generate_series(0, 1) k
      WHERE pool.ids[1 + (abs(hashtext(i.id::text)) + k) % array_length(pool.ids, 1)] <> p.author_id`,
    [count - existing],
  );
  await db.query('ANALYZE moderation_items, flags');
  const items = (await db.query(`SELECT count(*)::int AS n FROM moderation_items WHERE status = 'OPEN'`)).rows[0].n;
  const seconds = round((performance.now() - t0) / 1000, 1);
  log(`\nqueue: ${items} open items with two flags each (seeded in ${seconds} s)`);
  return { items, seconds };
}

/**
 * The trust pass over every member: their activity is scattered so that levels change, then
 * recomputeTrustLevels runs twice (with changes, then with none). Timed end to end through the API.
 */
async function trustPassScenario(ctx, adminCookie) {
  const { server, db } = ctx;
  log('\n▶ trust pass: recomputeTrustLevels over every member, as an admin');
  const { rowCount } = await db.query(
    `UPDATE users SET trust_level = 'NEW', topics_entered = (abs(hashtext(id::text)) % 150), posts_read = (abs(hashtext(handle)) % 800),
       read_seconds = (abs(hashtext(email)) % 24000), days_visited = (abs(hashtext(id::text || 'd')) % 80)
     WHERE role = 'MEMBER' AND membership = 'ACTIVE'`,
  );
  await db.query('ANALYZE users');
  const runs = [];
  for (const label of ['with changes', 'nothing to change']) {
    const t0 = performance.now();
    const res = await gql(server.url, RECOMPUTE_TRUST, {}, adminCookie);
    const ms = performance.now() - t0;
    if (res.body.errors) throw new Error(`recomputeTrustLevels failed: ${res.body.errors[0].message}`);
    runs.push({ label, ms: Math.round(ms), changed: res.body.data.recomputeTrustLevels });
    log(`  ${label}: ${Math.round(ms)} ms, ${res.body.data.recomputeTrustLevels} levels changed`);
  }
  const levels = Object.fromEntries((await db.query(`SELECT trust_level, count(*)::int AS n FROM users GROUP BY 1 ORDER BY 1`)).rows.map((r) => [r.trust_level, r.n]));
  log(`  levels now: ${JSON.stringify(levels)}`);
  return { members: rowCount, runs, levels };
}

// ---- KPI rollups -------------------------------------------------------------------------------------------------

/**
 * The KPI rollup job, timed: rebuildKpis queues it and the job's own start and finish are read
 * from the queue's table. One day (today, what the dashboard recomputes when its figures are a
 * minute old), two days (the 5-minute job: today and yesterday) and a year (a rebuild).
 */
async function kpiRollupScenario(ctx, adminCookie) {
  const { server, db } = ctx;
  log('\n▶ KPI rollups: rebuildKpis(days) through the job queue, as an admin');
  const runs = [];
  for (const days of [365, 1, 2]) {
    const since = new Date();
    const t0 = performance.now();
    const res = await gql(server.url, REBUILD_KPIS, { days }, adminCookie);
    if (res.body.errors) throw new Error(`rebuildKpis failed: ${res.body.errors[0].message}`);
    let job = null;
    while (performance.now() - t0 < 600_000) {
      job = (await db.query(
        `SELECT state, extract(epoch from completed_on - started_on) * 1000 AS ms FROM pgboss.job
         WHERE name = 'kpis.rebuild' AND (data->>'days')::int = $1 AND created_on >= $2 ORDER BY created_on DESC LIMIT 1`,
        [days, since],
      )).rows[0];
      if (job && ['completed', 'failed', 'cancelled'].includes(job.state)) break;
      await sleep(200);
    }
    if (job?.state !== 'completed') throw new Error(`the KPI rebuild of ${days} days did not complete (${job?.state ?? 'not found'})`);
    runs.push({ days, jobMs: Math.round(Number(job.ms)), wallMs: Math.round(performance.now() - t0) });
    log(`  ${days} day(s): job ${Math.round(Number(job.ms))} ms (${Math.round(performance.now() - t0)} ms from the request, queue polling included)`);
  }
  // As autovacuum would soon: the dashboard's plans rest on the rollups' statistics.
  await db.query('ANALYZE kpi_daily, kpi_category_days, topic_response_times, member_activity_days');
  const rows = (await db.query(`SELECT (SELECT count(*) FROM kpi_daily)::int AS kpi_daily, (SELECT count(*) FROM topic_response_times)::int AS response_times,
    (SELECT count(*) FROM member_activity_days)::int AS activity_days, (SELECT count(*) FROM kpi_category_days)::int AS category_days`)).rows[0];
  log(`  rollup rows: ${JSON.stringify(rows)}`);
  return { runs, rows };
}

// ---- RSVP rush ----------------------------------------------------------------------------------------------------

const RUSH_MEMBERS = 500;
const RUSH_PLACES = 100;

/**
 * 500 members answer GOING at the same instant to an event with 100 places, through two server
 * instances on the same database (a second server process started here on the first one's
 * PostgreSQL). Reports how many went and were waitlisted, whether the waitlist is numbered 1…400
 * in the order the answers committed, and the time from the first request to the last answer.
 */
async function rsvpRushScenario(ctx, adminCookie, databaseUrl) {
  const { server, db } = ctx;
  log(`\n▶ RSVP rush: ${RUSH_MEMBERS} concurrent GOING answers from different members to an event with ${RUSH_PLACES} places, over two instances`);
  const second = await startServer({ env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, timeoutMs: 120_000 });
  try {
    // Sessions written straight to the database: signing 500 members in would time the password hash instead.
    const members = (await db.query(`SELECT id FROM users WHERE handle LIKE 'bench\\_user\\_%' ORDER BY handle LIMIT $1`, [RUSH_MEMBERS])).rows;
    if (members.length < RUSH_MEMBERS) throw new Error(`the RSVP rush needs ${RUSH_MEMBERS} bench members (have ${members.length})`);
    const tokens = members.map(() => randomBytes(32).toString('base64url'));
    await db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at) SELECT u, decode(h, 'hex'), now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS x(u, h)`,
      [members.map((m) => m.id), tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
    );
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const events = (await db.query(`SELECT id FROM categories WHERE slug = 'events'`)).rows[0];
    const created = await gql(server.url, CREATE_EVENT, {
      input: { categoryId: events.id, title: `Benchmark rush ${Date.now()}`, description: 'Places for the first hundred.', timeZone: 'Europe/Berlin', startsAtLocal: `${day}T18:00`, endsAtLocal: `${day}T20:00`, capacity: RUSH_PLACES },
    }, adminCookie);
    if (created.body.errors) throw new Error(`createEvent failed: ${created.body.errors[0].message}`);
    const occurrenceId = created.body.data.createEvent.nextOccurrence.id;
    const urls = [server.url, second.url];
    const t0 = performance.now();
    const answers = await Promise.all(
      tokens.map((token, i) =>
        gql(urls[i % 2], RSVP_EVENT, { o: occurrenceId }, `ts_session=${token}`).then((r) => ({ ...r, ms: performance.now() - t0 })),
      ),
    );
    const totalMs = performance.now() - t0;
    const failed = answers.filter((a) => a.body.errors || a.status !== 200);
    const rows = (await db.query(
      `SELECT status, waitlist_seq::int AS seq FROM event_rsvps WHERE occurrence_id = $1 ORDER BY updated_at, waitlist_seq`,
      [occurrenceId],
    )).rows;
    const going = rows.filter((r) => r.status === 'GOING').length;
    const waiting = rows.filter((r) => r.status === 'WAITLISTED');
    const inOrder = waiting.every((r, i) => r.seq === i + 1);
    const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
    const result = {
      members: RUSH_MEMBERS,
      places: RUSH_PLACES,
      going,
      waitlisted: waiting.length,
      waitlistInCommitOrderWithoutGaps: inOrder,
      errors: failed.length,
      totalMs: Math.round(totalMs),
      p50Ms: Math.round(percentile(latencies, 50)),
      p99Ms: Math.round(percentile(latencies, 99)),
    };
    log(`  ${going} going, ${waiting.length} waitlisted, waitlist 1…${waiting.length} in commit order: ${inOrder ? 'yes' : 'NO'}, ${failed.length} errors`);
    log(`  all ${RUSH_MEMBERS} answered in ${result.totalMs} ms (per answer p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms)`);
    if (failed.length) log(`  sample error: ${JSON.stringify(failed[0].body.errors?.[0] ?? failed[0].status)}`);
    return result;
  } finally {
    await second.stop();
    second.removeData();
  }
}

// ---- realtime scenario ------------------------------------------------------------------------------------------

/**
 * Asks /healthz every 100 ms and keeps the response times per phase: how responsive the server
 * stays for everyone else while the live channel is busy. phase(name) starts a new phase.
 */
function startHealthProbe(url, first) {
  const phases = {};
  let current = first;
  let running = true;
  const loop = (async () => {
    while (running) {
      const name = current;
      const t0 = performance.now();
      try {
        await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(30_000) });
      } catch {
        /* counted by its time */
      }
      (phases[name] ??= []).push(performance.now() - t0);
      await sleep(100);
    }
  })();
  return {
    phase(name) {
      current = name;
    },
    async stop() {
      running = false;
      await loop;
      return Object.fromEntries(
        Object.entries(phases).map(([name, list]) => {
          const sorted = [...list].sort((a, b) => a - b);
          return [name, { samples: sorted.length, p50: round(percentile(sorted, 50)), max: round(sorted.at(-1)) }];
        }),
      );
    },
  };
}

function connectSocket(url, cookie) {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 20_000,
      extraHeaders: cookie ? { cookie } : {},
    });
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('no session.ready within 30 s'));
    }, 30_000);
    socket.once('session.ready', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

async function realtimeScenario(ctx) {
  const { server, cookies, realtimeTopic } = ctx;
  const n = opts.sockets;
  log(`\n▶ realtime: ${n} socket.io clients join one topic; ${opts.realtimePosts} replies every ${opts.realtimeInterval} ms`);
  const quiet = await waitForQuiet(ctx);
  ctx.memory.mark('realtime');
  const cpuBefore = cpuSnapshot(ctx.proc);
  const sockets = [];
  const result = { sockets: n, topicId: realtimeTopic.id, topicReplies: realtimeTopic.replyCount, quiet };
  const health = startHealthProbe(server.url, 'connect');
  try {
    // Connect: half the clients signed in (sessions shared between sockets), half guests; 50 at a time.
    const connectStarted = performance.now();
    const connectErrors = [];
    let next = 0;
    const deadline = Date.now() + 120_000;
    const connectWorker = async () => {
      while (next < n && Date.now() < deadline) {
        const i = next++;
        const cookie = i % 2 === 0 ? cookies[i % cookies.length] : null;
        try {
          sockets.push(await connectSocket(server.url, cookie));
        } catch (error) {
          connectErrors.push(error.message);
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, connectWorker));
    result.connected = sockets.length;
    result.connectErrors = connectErrors.length;
    result.connectSeconds = round((performance.now() - connectStarted) / 1000, 2);
    log(`  connected ${sockets.length}/${n} in ${result.connectSeconds} s${connectErrors.length ? ` (${connectErrors.length} failed: ${connectErrors[0]})` : ''}`);

    // Every socket records presence updates and new posts.
    let presenceEvents = 0;
    const arrivals = new Map(); // marker → array of arrival times, one per socket
    sockets.forEach((socket, index) => {
      socket.on('topic.presence', () => presenceEvents++);
      socket.on('post.created', (payload) => {
        const at = performance.now();
        const marker = /rt-probe-[a-z0-9]+-\d+/.exec(payload?.post?.body ?? '')?.[0];
        if (!marker) return;
        let list = arrivals.get(marker);
        if (!list) arrivals.set(marker, (list = new Map()));
        if (!list.has(index)) list.set(index, at);
      });
    });

    // Join the topic: all at once; each join makes the server broadcast the viewer count to the room.
    health.phase('join');
    const joinStarted = performance.now();
    const joinLatencies = [];
    let joinFailures = 0;
    await Promise.all(
      sockets.map(async (socket) => {
        const t0 = performance.now();
        try {
          const ack = await socket.timeout(60_000).emitWithAck('topic.join', { topicId: realtimeTopic.id });
          if (!ack?.ok) joinFailures++;
          joinLatencies.push(performance.now() - t0);
        } catch {
          joinFailures++;
        }
      }),
    );
    joinLatencies.sort((a, b) => a - b);
    result.joinSeconds = round((performance.now() - joinStarted) / 1000, 2);
    result.joinFailures = joinFailures;
    result.joinAckMs = { p50: round(percentile(joinLatencies, 50)), p99: round(percentile(joinLatencies, 99)), max: round(joinLatencies.at(-1)) };
    // Let the presence broadcasts drain (bounded).
    for (let i = 0, last = -1; i < 50 && presenceEvents !== last; i++) {
      last = presenceEvents;
      await sleep(200);
    }
    result.presenceEventsReceived = presenceEvents;
    log(`  joined in ${result.joinSeconds} s (ack p50 ${result.joinAckMs.p50} ms, p99 ${result.joinAckMs.p99} ms, ${joinFailures} failed); ${presenceEvents} topic.presence events delivered to the clients`);

    // Replies on a fixed schedule; each is timed from sending the mutation to arrival at every socket.
    health.phase('replies');
    const runId = Math.random().toString(36).slice(2, 8);
    const probes = [];
    const mutationMs = [];
    let mutationErrors = 0;
    const sendStarted = performance.now();
    const sends = [];
    for (let i = 0; i < opts.realtimePosts; i++) {
      const due = sendStarted + i * opts.realtimeInterval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const marker = `rt-probe-${runId}-${i}`;
      const t0 = performance.now();
      probes.push({ marker, t0 });
      sends.push(
        gql(server.url, CREATE_POST, { input: { topicId: realtimeTopic.id, body: `Live reply ${marker}: ${replyBody()}` } }, cookies[i % cookies.length])
          .then((res) => {
            mutationMs.push(performance.now() - t0);
            if (res.status !== 200 || res.body.errors) {
              mutationErrors++;
              result.sampleMutationError ??= res.body.errors?.[0]?.message ?? `HTTP ${res.status}`;
            }
          })
          .catch((error) => {
            mutationErrors++;
            result.sampleMutationError ??= error.message;
          }),
      );
    }
    await Promise.all(sends);
    // Wait (bounded, 15 s) until every socket has every event.
    const waitDeadline = performance.now() + 15_000;
    while (performance.now() < waitDeadline) {
      if (probes.every((p) => (arrivals.get(p.marker)?.size ?? 0) >= sockets.length)) break;
      await sleep(50);
    }
    const perSocket = [];
    const lastSocket = [];
    let missed = 0;
    const socketsMissing = new Set();
    for (const p of probes) {
      const got = arrivals.get(p.marker) ?? new Map();
      for (const at of got.values()) perSocket.push(at - p.t0);
      if (got.size > 0) lastSocket.push(Math.max(...got.values()) - p.t0);
      missed += sockets.length - got.size;
      sockets.forEach((_, index) => {
        if (!got.has(index)) socketsMissing.add(index);
      });
    }
    perSocket.sort((a, b) => a - b);
    lastSocket.sort((a, b) => a - b);
    mutationMs.sort((a, b) => a - b);
    Object.assign(result, {
      posts: probes.length,
      mutationErrors,
      mutationMs: { p50: round(percentile(mutationMs, 50)), p99: round(percentile(mutationMs, 99)), max: round(mutationMs.at(-1)) },
      deliveryMs: { p50: round(percentile(perSocket, 50)), p99: round(percentile(perSocket, 99)), max: round(perSocket.at(-1)) },
      lastSocketMs: { p50: round(percentile(lastSocket, 50)), p99: round(percentile(lastSocket, 99)), max: round(lastSocket.at(-1)) },
      deliveries: perSocket.length,
      missedDeliveries: missed,
      socketsThatMissedAnEvent: socketsMissing.size,
    });
    log(
      `  ${probes.length} replies (${mutationErrors} failed; mutation p50 ${result.mutationMs.p50} ms): per-socket delivery p50 ${result.deliveryMs.p50} ms, p99 ${result.deliveryMs.p99} ms, max ${result.deliveryMs.max} ms; ` +
        `last socket p50 ${result.lastSocketMs.p50} ms, p99 ${result.lastSocketMs.p99} ms, max ${result.lastSocketMs.max} ms; ${missed} missed deliveries (${socketsMissing.size} sockets)`,
    );
  } finally {
    // Leaving is broadcast too (each disconnect tells the room the new viewer count).
    health.phase('disconnect');
    const closeStarted = performance.now();
    for (const socket of sockets) socket.close();
    await sleep(3000);
    result.disconnectObservedSeconds = round((performance.now() - closeStarted) / 1000, 1);
    result.healthzMs = await health.stop();
  }
  result.cpu = cpuDelta(cpuBefore, cpuSnapshot(ctx.proc));
  const h = result.healthzMs;
  log(`  /healthz while busy (p50/max ms): ${Object.entries(h).map(([k, v]) => `${k} ${v.p50}/${v.max}`).join(', ')}`);
  return result;
}

// ---- summary -------------------------------------------------------------------------------------------------------

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

function summaryText(results) {
  const out = [];
  const d = results.data;
  out.push(`Townsquare benchmark — ${results.startedAt}`);
  out.push(`machine: ${results.machine.nproc} cores (${results.machine.cpuModel}), ${results.machine.memTotalGiB} GiB, Node ${results.machine.node}, PostgreSQL ${results.postgres.version}`);
  out.push(`data: ${d.counts.users} users, ${d.counts.topics} topics, ${d.counts.posts} posts, ${d.counts.reactions} reactions (${d.counts.database_size})${d.seedSeconds !== null ? `; seeded in ${d.seedSeconds} s` : ' (reused)'}`);
  out.push(`load: ${results.options.connections} connections, ${results.options.duration} s per scenario (after ${results.options.warmup} s warm-up); server LOG_LEVEL=${results.options.logLevel}${argv['server-env'].length ? `, ${argv['server-env'].join(' ')}` : ''}`);
  out.push('');
  const rows = results.scenarios.map((s) => [
    s.name,
    s.rps,
    s.latencyMs.p50,
    s.latencyMs.p97_5,
    s.latencyMs.p99,
    s.latencyMs.max,
    s.requests,
    s.non2xx,
    s.graphqlErrors,
    s.socketErrors + s.timeouts,
    `${s.cpu.serverPct}/${s.cpu.postgresPct}/${s.cpu.benchPct}/${s.cpu.otherPct}`,
    `${s.cpuMsPerRequest.server}/${s.cpuMsPerRequest.postgres}`,
  ]);
  if (rows.length) {
    out.push(
      table(rows, ['scenario', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'max ms', 'requests', 'non-2xx', 'GQL errors', 'sock err+timeouts', 'CPU% srv/pg/tool/other', 'CPU ms/req srv/pg']),
    );
  }
  if (rows.length) {
    out.push('');
    out.push(
      table(
        results.scenarios.map((s) => {
          const waits = Object.entries(s.database.activity.activeWaitSharePct).slice(0, 2).map(([k, v]) => `${k} ${v}%`).join(', ');
          return [s.name, s.database.transactionsPerRequest, s.database.rowsFetchedPerRequest, s.database.blocksHitPerRequest, s.database.activity.avgActiveSessions, waits, s.verification.avgBytes];
        }),
        ['scenario', 'PG xacts/req', 'rows fetched/req', 'buffer hits/req', 'avg active PG sessions', 'active sessions were (top 2)', 'bytes/resp'],
      ),
    );
  }
  if (results.trustPass) {
    const tp = results.trustPass;
    out.push('');
    out.push(`trust pass over ${tp.members} members: ${tp.runs.map((r) => `${r.label} ${r.ms} ms (${r.changed} changed)`).join('; ')}`);
  }
  if (results.kpiRollups) {
    const k = results.kpiRollups;
    out.push('');
    out.push(`KPI rollup job: ${k.runs.map((r) => `${r.days} day${r.days === 1 ? '' : 's'} ${r.jobMs} ms`).join('; ')} (rows: ${JSON.stringify(k.rows)})`);
  }
  if (results.rsvpRush) {
    const r = results.rsvpRush;
    out.push('');
    out.push(
      `RSVP rush over two instances: ${r.members} GOING answers at once for ${r.places} places → ${r.going} going, ${r.waitlisted} waitlisted, ` +
        `waitlist in commit order without gaps: ${r.waitlistInCommitOrderWithoutGaps ? 'yes' : 'NO'}, ${r.errors} errors; all answered in ${r.totalMs} ms (p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms)`,
    );
  }
  const rt = results.realtime;
  if (rt) {
    out.push('');
    out.push(`realtime: ${rt.connected}/${rt.sockets} sockets connected in ${rt.connectSeconds} s, joined in ${rt.joinSeconds} s (${rt.presenceEventsReceived} presence events); ${rt.posts} replies, ${rt.mutationErrors} failed`);
    if (rt.deliveryMs) {
      out.push(
        table(
          [
            ['per-socket delivery', rt.deliveryMs.p50, rt.deliveryMs.p99, rt.deliveryMs.max],
            ['last socket received', rt.lastSocketMs.p50, rt.lastSocketMs.p99, rt.lastSocketMs.max],
            ['createPost round trip', rt.mutationMs.p50, rt.mutationMs.p99, rt.mutationMs.max],
          ],
          ['realtime (ms from sending createPost)', 'p50', 'p99', 'max'],
        ),
      );
      out.push(`missed deliveries: ${rt.missedDeliveries} (${rt.socketsThatMissedAnEvent} sockets missed at least one event)`);
      out.push(`join: ack p50 ${rt.joinAckMs.p50} ms, p99 ${rt.joinAckMs.p99} ms; /healthz p50/max ms by phase: ${Object.entries(rt.healthzMs ?? {}).map(([k, v]) => `${k} ${v.p50}/${v.max}`).join(', ')}`);
    }
  }
  const m = results.memory;
  out.push('');
  out.push(`memory: server peak RSS ${m.serverPeakRssMiB} MiB (VmHWM; sampled peak ${m.serverSampledPeakRssMiB} MiB), PostgreSQL peak ${m.postgresPeakPssMiB} MiB PSS / ${m.postgresPeakRssMiB} MiB summed RSS`);
  return out.join('\n');
}

// ---- main ------------------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: build first (npx -y pnpm@12.21.0 -r run build)`);
  const results = {
    startedAt: new Date().toISOString(),
    machine: machineInfo(),
    options: { ...opts, reuseData: argv['reuse-data'] ?? null, serverEnv: argv['server-env'] },
    serverBuild: { main: SERVER_MAIN, builtAt: statSync(SERVER_MAIN).mtime.toISOString() },
  };
  log(`machine: ${results.machine.nproc} cores, ${results.machine.cpuModel}, ${results.machine.memTotalGiB} GiB, Node ${results.machine.node}, load average ${results.machine.loadAvgAtStart.join(' ')}`);

  const reuse = argv['reuse-data'] ? path.resolve(argv['reuse-data']) : null;
  if (reuse && !existsSync(path.join(reuse, 'postgres', 'PG_VERSION'))) throw new Error(`--reuse-data ${reuse}: no PostgreSQL cluster there`);
  let dataDir = reuse;
  if (!dataDir) {
    dataDir = tempDataDir('townsquare-bench-');
  } else {
    mkdirSync(dataDir, { recursive: true });
    chmodSync(dataDir, 0o755);
  }
  const keep = argv.keep || !!reuse;

  let server = null;
  let db = null;
  let activityDb = null;
  let memory = null;
  let stopping = false;
  const cleanup = async () => {
    if (stopping) return;
    stopping = true;
    await db?.end().catch(() => {});
    await activityDb?.end().catch(() => {});
    if (server) {
      const stopped = await Promise.race([server.stop(), sleep(60_000).then(() => null)]);
      if (stopped === null) {
        log('the server did not stop within 60 s: killing it');
        await server.stop('SIGKILL');
      }
      if (!keep) server.removeData();
    }
  };
  const onSignal = () => {
    log('\ninterrupted: stopping the server');
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    log(`data directory: ${dataDir}${keep ? ' (kept)' : ''}`);
    server = await startServer({
      dataDir,
      timeoutMs: 180_000,
      env: {
        LOG_LEVEL: opts.logLevel,
        // The benchmark signs many members in, reads pages and asks for mentions from one address at full speed.
        SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
        PAGES_MAX_PER_ADDRESS: '1000000',
        MENTION_LOOKUPS_PER_MINUTE: '1000000',
        // --server-env KEY=VALUE: extra server settings for experiments (e.g. TRUST_LIMITS=off).
        ...Object.fromEntries(argv['server-env'].map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])),
        // --profile: V8 CPU profile of the server, written when it exits.
        ...(opts.profile && {
          NODE_OPTIONS: `--import=${path.join(HERE, 'cpu-profile-preload.mjs')}`,
          BENCH_CPU_PROFILE_DIR: path.join(path.dirname(argv.out), 'profiles'),
        }),
      },
    });
    log(`server up at ${server.url} (pid ${server.child.pid}) in ${server.readyMs} ms; embedded PostgreSQL on port ${server.pgPort}`);
    const proc = { serverPid: server.child.pid, dataDir };
    memory = startMemorySampler(proc);
    const databaseUrl = await databaseUrlOf(server);
    db = new pg.Client({ connectionString: databaseUrl, application_name: 'townsquare-bench' });
    await db.connect();
    activityDb = new pg.Client({ connectionString: databaseUrl, application_name: 'townsquare-bench-activity' });
    await activityDb.connect();
    results.postgres = { version: (await db.query('SHOW server_version')).rows[0].server_version };
    for (const name of ['shared_buffers', 'work_mem', 'max_connections', 'jit']) results.postgres[name] = (await db.query(`SHOW ${name}`)).rows[0][name];

    // ---- data ----
    memory.mark('seed');
    const existing = (await db.query(`SELECT count(*)::int AS n FROM users WHERE handle LIKE 'bench\\_user\\_%'`)).rows[0].n;
    let seed = null;
    if (existing === 0) {
      log(`\nseeding (${opts.members} members, ${opts.topics} topics, ${opts.replies} replies, ${opts.ideas ?? ideaCountFor(opts.topics)} ideas)…`);
      // The server's scheduled jobs (KPI rollups every 5 minutes, the overdue pass every minute) would
      // otherwise read half-written tables while the seeder has dropped their indexes, and hold it up.
      await db.query(`CREATE TABLE bench_paused_schedules AS SELECT * FROM pgboss.schedule; DELETE FROM pgboss.schedule`);
      seed = await seedCommunity({
        databaseUrl,
        members: opts.members,
        topics: opts.topics,
        replies: opts.replies,
        reactions: opts.reactions,
        ideas: opts.ideas ?? ideaCountFor(opts.topics),
        ideaVotes: opts.ideaVotes ?? ideaVoteCountFor(opts.topics),
      });
      await db.query(`INSERT INTO pgboss.schedule SELECT * FROM bench_paused_schedules; DROP TABLE bench_paused_schedules`);
      await sleep(2500); // the server caches categories (and their counters) for two seconds
    } else {
      log(`\nreusing the seeded data in ${dataDir} (${existing} bench members)`);
      opts.members = existing;
      opts.signedIn = Math.min(opts.signedIn, existing);
    }
    const counts = (await db.query(`SELECT
        (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM topics)::int AS topics,
        (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM reactions)::int AS reactions,
        (SELECT count(*) FROM topics WHERE reply_count >= 20)::int AS topics_ge20_replies,
        (SELECT count(*) FROM ideas)::int AS ideas, (SELECT count(*) FROM idea_votes)::int AS idea_votes,
        pg_size_pretty(pg_database_size(current_database())) AS database_size`)).rows[0];
    results.data = { counts, seedSeconds: seed ? round(seed.totalMs / 1000, 1) : null, seedTimings: seed?.timings ?? null, plan: seed?.plan ?? null };
    log(`data: ${JSON.stringify(counts)}`);

    // ---- members signed in, topics to visit ----
    const cookies = [];
    for (let i = 1; i <= opts.signedIn; i++) {
      const res = await gql(server.url, SIGN_IN, { input: { login: benchHandle(i), password: BENCH_PASSWORD } });
      if (res.body.errors) throw new Error(`sign-in of ${benchHandle(i)} failed: ${res.body.errors[0].message}`);
      cookies.push(res.cookie);
    }
    log(`signed in ${cookies.length} members`);
    const busyTopics = (await db.query(
      `SELECT t.id, t.reply_count FROM topics t JOIN categories c ON c.id = t.category_id
       WHERE t.reply_count >= 20 AND t.deleted_at IS NULL AND 'GUEST' = ANY(c.read_roles) ORDER BY random() LIMIT 200`,
    )).rows;
    const writableTopics = (await db.query(
      `SELECT t.id FROM topics t JOIN categories c ON c.id = t.category_id
       WHERE t.deleted_at IS NULL AND t.locked_at IS NULL AND 'MEMBER' = ANY(c.post_roles) AND c.archived_at IS NULL
       ORDER BY random() LIMIT 200`,
    )).rows.map((r) => r.id);
    const realtimeTopic = (await db.query(
      `SELECT t.id, t.reply_count AS "replyCount" FROM topics t JOIN categories c ON c.id = t.category_id
       WHERE t.reply_count >= 20 AND t.deleted_at IS NULL AND t.locked_at IS NULL AND 'MEMBER' = ANY(c.post_roles)
       ORDER BY t.reply_count LIMIT 1`,
    )).rows[0];
    if (busyTopics.length === 0) log('warning: no topic has 20 or more replies; the topic page scenario uses any topic');
    const pageTopics = busyTopics.length ? busyTopics.map((t) => t.id) : writableTopics;
    results.topicsUsed = { topicPage: pageTopics.length, createPost: writableTopics.length, realtimeTopic: realtimeTopic ?? null };

    const ctx = { server, db, activityDb, proc, memory, cookies, realtimeTopic };
    const eventIds = (await db.query(`SELECT e.id FROM events e WHERE e.published_at IS NOT NULL AND e.visibility = 'EVERYONE' ORDER BY random() LIMIT 200`)).rows.map((r) => r.id);
    results.eventsUsed = { eventPage: eventIds.length, events: (await db.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n };
    const body = (query, variables) => JSON.stringify({ query, variables });
    // Server-rendered pages and feeds: any public topic, the sitemap's topic pages, handles to type.
    const publicTopics = (await db.query(
      `SELECT t.id FROM topics t JOIN categories c ON c.id = t.category_id
       WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND 'GUEST' = ANY(c.read_roles) ORDER BY random() LIMIT 200`,
    )).rows.map((r) => r.id);
    const sitemapPages = opts.scenarios.includes('sitemap') ? await sitemapTopicPages(server.url) : [];
    const mentionHandles = (await db.query(`SELECT handle FROM users WHERE membership = 'ACTIVE' ORDER BY random() LIMIT 200`)).rows.map((r) => r.handle);
    const mentionPrefix = () => pick(mentionHandles).slice(0, 1 + Math.floor(Math.random() * 3));
    results.pagesUsed = { topicPages: publicTopics.length, sitemapPages: sitemapPages.length, mentionHandles: mentionHandles.length };
    const ideaTitles = await similarTitles(db);
    results.ideasUsed = { similarTitles: ideaTitles.length, sample: ideaTitles.slice(0, 8) };
    if (opts.scenarios.includes('ideas-similar') && ideaTitles.length === 0) throw new Error(`no ideas on the "${IDEA_BOARD_SLUG}" board to type titles from: seed a fresh data dir`);
    const scenarioDefs = {
      floor: {
        name: 'floor { __typename }',
        description: 'the cheapest GraphQL request the server answers, as a guest: the floor a page is measured against',
        make: () => ({ body: body('{ __typename }', {}) }),
      },
      latest: {
        name: 'topics LATEST',
        description: 'first page of topics(sort: LATEST, first: 20) with list fields, as a guest',
        make: () => ({ body: body(TOPIC_LIST, { sort: 'LATEST', first: 20 }) }),
      },
      'latest-member': {
        name: 'topics LATEST, member',
        description: 'first page of topics(sort: LATEST, first: 20) signed in as a member, with unread state and watch levels',
        make: () => ({ body: body(TOPIC_LIST_MEMBER, { sort: 'LATEST', first: 20 }), cookie: pick(cookies) }),
      },
      hot: {
        name: 'topics HOT',
        description: 'first page of topics(sort: HOT, first: 20) with list fields, as a guest',
        make: () => ({ body: body(TOPIC_LIST, { sort: 'HOT', first: 20 }) }),
      },
      topic: {
        name: 'topic page',
        description: `topic(id) + posts(topicId, first: 20) with bodyHtml, author, reactions, voice; signed in; ${pageTopics.length} topics with ≥20 replies at random`,
        make: () => ({ body: body(TOPIC_PAGE, { id: pick(pageTopics) }), cookie: pick(cookies) }),
      },
      search: {
        name: 'search',
        description: `search(query, first: 20) with snippet, as a guest; words at random from: ${searchWords.join(', ')}`,
        make: () => ({ body: body(SEARCH, { query: pick(searchWords) }) }),
      },
      events: {
        name: 'events upcoming',
        description: 'first page of eventOccurrences(range: UPCOMING, first: 20) with each event and its category, as a guest',
        make: () => ({ body: body(EVENT_LIST, { first: 20 }) }),
      },
      event: {
        name: 'event page',
        description: `event(id) with its next date, your RSVP and waitlist place, and 10 dates; signed in; ${eventIds.length} events at random`,
        make: () => ({ body: body(EVENT_PAGE, { id: pick(eventIds) }), cookie: pick(cookies) }),
      },
      'ideas-top': {
        name: 'ideas TOP',
        description: 'first page of ideas(sort: TOP, first: 20) with the row fields a board shows, as a guest',
        make: () => ({ body: body(IDEA_LIST, { sort: 'TOP', first: 20 }) }),
      },
      'ideas-trending': {
        name: 'ideas TRENDING',
        description: 'first page of ideas(sort: TRENDING, first: 20) (votes of the last 7 days) with recentVotes, as a guest',
        make: () => ({ body: body(IDEA_LIST_TRENDING, { first: 20 }) }),
      },
      'ideas-similar': {
        name: 'similarIdeas',
        description: `similarIdeas(title) as a title is typed, as a guest; ${ideaTitles.length} typed titles (prefixes of seeded ideas' titles and Russian ones, 3–40 characters) at random`,
        make: () => ({ body: body(SIMILAR_IDEAS, { title: pick(ideaTitles) }) }),
      },
      'ideas-top-member': {
        name: 'ideas TOP, member',
        description: 'first page of ideas(sort: TOP, first: 20) signed in as a member (votedByMe for each idea)',
        make: () => ({ body: body(IDEA_LIST, { sort: 'TOP', first: 20 }), cookie: pick(cookies) }),
      },
      'page-topic': {
        name: 'page /t/:id',
        description: `the server-rendered HTML of a topic (GET /t/<id>, Accept: text/html), as a crawler or a first load sees it; ${publicTopics.length} public topics at random`,
        get: { accept: 'text/html', check: (html) => html.includes('<article><h1>') },
        make: () => ({ path: `/t/${pick(publicTopics)}` }),
      },
      'page-home': {
        name: 'page /',
        description: 'the server-rendered home page (GET /, Accept: text/html)',
        get: { accept: 'text/html', check: (html) => html.includes('"@type":"WebSite"') },
        make: () => ({ path: '/' }),
      },
      'feed-latest': {
        name: 'feed latest.rss',
        description: 'the latest-topics RSS feed (GET /feeds/latest.rss), as a feed reader without a cached copy',
        get: { accept: 'application/rss+xml', check: (xml) => xml.includes('<rss') && xml.includes('</channel>') },
        make: () => ({ path: '/feeds/latest.rss' }),
      },
      sitemap: {
        name: 'sitemap page',
        description: `a page of topic URLs (GET /sitemap-topics.xml?after=…), one of the ${sitemapPages.length} the sitemap index lists, at random`,
        get: { accept: 'application/xml', check: (xml) => xml.includes('<urlset') && xml.includes('</urlset>') },
        make: () => ({ path: pick(sitemapPages) }),
      },
      mentions: {
        name: 'mentionSuggestions',
        description: `mentionSuggestions(prefix, topicId) as a member types @ and 1–3 letters of one of ${mentionHandles.length} random handles, in a topic (half of the time) or a new one; signed in`,
        make: () => ({ body: body(MENTIONS, { prefix: mentionPrefix(), topicId: Math.random() < 0.5 ? pick(publicTopics) : null }), cookie: pick(cookies) }),
      },
      create: {
        name: 'createPost',
        description: `createPost as ${cookies.length} signed-in members into ${writableTopics.length} topics at random`,
        make: () => ({ body: body(CREATE_POST, { input: { topicId: pick(writableTopics), body: replyBody() } }), cookie: pick(cookies) }),
      },
    };

    // ---- staff: the directory, the queue, the trust pass ----
    let adminCookie = null;
    if (['directory', 'queue', 'trust', 'rsvp', 'inbox', 'kpis'].some((s) => opts.scenarios.includes(s))) {
      const res = await gql(server.url, SIGN_IN, { input: { login: 'admin', password: ADMIN_PASSWORD } });
      if (res.body.errors) throw new Error(`admin sign-in failed: ${res.body.errors[0].message}`);
      adminCookie = res.cookie;
    }
    const directorySearches = Array.from({ length: 50 }, (_, i) => benchHandle(1 + Math.floor((i / 50) * opts.members)).slice(0, -1));
    scenarioDefs.directory = {
      name: 'member directory',
      description: `members(filter: { query }, first: 30) with standing, as an admin; ${directorySearches.length} handle prefixes at random, or no search (1 in 4)`,
      make: () => {
        const filter = Math.random() < 0.25 ? {} : { query: pick(directorySearches) };
        return { body: body(DIRECTORY, { filter, first: 30 }), cookie: adminCookie };
      },
    };
    scenarioDefs.inbox = {
      name: 'reply inbox',
      description: 'replyInbox(first: 30) with each waiting post, and inboxSummary (open, overdue, on duty), as an admin: the staff inbox page',
      make: () => ({ body: body(INBOX, { first: 30 }), cookie: adminCookie }),
    };
    scenarioDefs.queue = {
      name: 'moderation queue',
      description: 'moderationQueue(first: 20) with every flag and its flagger, the post, author and topic, plus moderationSummary, as an admin',
      make: () => ({ body: body(QUEUE, { first: 20 }), cookie: adminCookie }),
    };
    if (opts.scenarios.includes('queue')) results.queueSeed = await seedFlags(db, QUEUE_ITEMS);

    // The KPI dashboard, as a community manager: rollups built (and timed) first.
    let managerCookie = null;
    if (opts.scenarios.includes('kpis')) {
      results.kpiRollups = await kpiRollupScenario(ctx, adminCookie);
      const handle = benchHandle(opts.members);
      await db.query(`UPDATE users SET role = 'COMMUNITY_MANAGER' WHERE handle = $1`, [handle]);
      const res = await gql(server.url, SIGN_IN, { input: { login: handle, password: BENCH_PASSWORD } });
      if (res.body.errors) throw new Error(`community manager sign-in failed: ${res.body.errors[0].message}`);
      managerCookie = res.cookie;
    }
    const kpiInput = () => {
      const end = new Date();
      end.setUTCHours(24, 0, 0, 0);
      return { from: new Date(end.getTime() - 90 * 86_400_000).toISOString(), to: end.toISOString(), bucket: 'DAY', timeZone: 'UTC' };
    };
    scenarioDefs.kpis = {
      name: 'KPI dashboard',
      description: 'communityKpis for the last 90 days by day with the previous 90 days (every series, response-time percentiles, top lists), as a community manager; today recomputed when a minute old',
      make: () => ({ body: body(KPIS, { input: kpiInput() }), cookie: managerCookie }),
    };

    results.scenarios = [];
    for (const key of opts.scenarios) {
      if (key === 'realtime' || key === 'trust' || key === 'rsvp') continue;
      results.scenarios.push(await httpScenario(ctx, scenarioDefs[key]));
    }
    if (opts.scenarios.includes('trust')) results.trustPass = await trustPassScenario(ctx, adminCookie);
    if (opts.scenarios.includes('rsvp')) results.rsvpRush = await rsvpRushScenario(ctx, adminCookie, databaseUrl);
    if (opts.scenarios.includes('realtime') && opts.sockets > 0) {
      if (!realtimeTopic) log('\nrealtime: skipped (no writable topic with ≥20 replies)');
      else results.realtime = await realtimeScenario(ctx);
    }

    // ---- memory ----
    const hwm = statusKiB(server.child.pid);
    const mem = memory.stop();
    results.memory = {
      serverPeakRssMiB: mib(hwm?.hwm),
      serverSampledPeakRssMiB: mib(mem.peaks.serverRssKiB),
      serverRssAtEndMiB: mib(hwm?.rss),
      postgresPeakPssMiB: mib(mem.peaks.pgPssKiB),
      postgresPeakRssMiB: mib(mem.peaks.pgRssKiB),
      benchProcessPeakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      phases: mem.phases.map((p) => ({ phase: p.name, serverRssMiB: mib(p.serverRssKiB), postgresPssMiB: mib(p.pgPssKiB), postgresRssMiB: mib(p.pgRssKiB) })),
    };
    results.machine.loadAvgAtEnd = os.loadavg().map((x) => round(x, 2));
    results.finishedAt = new Date().toISOString();

    const summary = summaryText(results);
    log(`\n${summary}\n`);
    mkdirSync(path.dirname(argv.out), { recursive: true });
    writeFileSync(argv.out, JSON.stringify({ ...results, summary }, null, 2) + '\n');
    log(`results written to ${path.relative(process.cwd(), argv.out) || argv.out}`);
    if (keep) log(`data kept in ${dataDir}; run again without seeding: node test/bench/run.mjs --reuse-data ${dataDir}`);
  } finally {
    memory?.stop();
    await cleanup();
    // The server never came up: its fresh data directory is of no use.
    if (!server && !keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
