// Generates a large Townsquare community directly in PostgreSQL with set-based SQL
// (INSERT … SELECT … FROM generate_series), then fixes every denormalised counter and ANALYZEs.
//
//   node test/bench/seed.mjs --database-url postgres://… [--members 1000] [--topics 100000]
//        [--replies 1000000] [--reactions N] [--ideas N] [--idea-votes N] [--jobs 2] [--no-defer-indexes]
//
// The database must already be migrated and seeded by the server (its five categories and admin).
// run.mjs imports `seedCommunity` and calls it in-process.
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { IDEA_OPENERS, TAGS, WORDS, QUESTION_OPENERS } from './words.mjs';

export const BENCH_PASSWORD = 'bench-password-1';
export const benchHandle = (n) => `bench_user_${n}`;

/** The server's argon2id parameters (server/src/accounts/passwords.ts): 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Expected reactions on a post that has any (see the jsonb expression in insertPosts). */
const MEAN_REACTIONS_PER_REACTED_POST = 3.85;
/** Posts written per INSERT statement (one chunk of topics). */
const CHUNK_POSTS = 50_000;
/** Sentences to compose bodies and titles from. */
const SENTENCES = 20_000;

/** Share of topics per category slug, with the kinds used there. */
const CATEGORY_MIX = [
  { slug: 'announcements', share: 0.03 },
  { slug: 'questions', share: 0.22 },
  { slug: 'ideas', share: 0.2 },
  { slug: 'events', share: 0.1 },
  { slug: 'off-topic', share: 0.45 },
];

export const DEFAULTS = { members: 1000, topics: 100_000, replies: 1_000_000 };

/** The ideas board: its category, and its size at full size (100,000 topics), scaled with --topics. */
export const IDEA_BOARD_SLUG = 'ideas-board';
export const ideaCountFor = (topics) => Math.max(1, Math.round((topics * 20_000) / DEFAULTS.topics));
export const ideaVoteCountFor = (topics) => Math.round((topics * 500_000) / DEFAULTS.topics);
/** Idea statuses by cumulative share: mostly NEW and UNDER_REVIEW. */
const IDEA_STATUS_MIX = [
  ['NEW', 0.45],
  ['UNDER_REVIEW', 0.72],
  ['PLANNED', 0.82],
  ['IN_PROGRESS', 0.88],
  ['DONE', 0.95],
  ['DECLINED', 1],
];

function fmtMs(ms) {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Seeds the community. Returns { timings: [{ step, ms }], totalMs, counts }.
 * `log` receives one line per step.
 */
export async function seedCommunity({
  databaseUrl,
  members = DEFAULTS.members,
  topics = DEFAULTS.topics,
  replies = DEFAULTS.replies,
  reactions,
  ideas = ideaCountFor(topics),
  ideaVotes = ideaVoteCountFor(topics),
  jobs = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length)),
  deferIndexes = true,
  log = (line) => console.log(line),
} = {}) {
  if (!databaseUrl) throw new Error('seedCommunity: databaseUrl is required');
  for (const [name, v] of Object.entries({ members, topics, replies, ideas, 'idea-votes': ideaVotes })) {
    const min = name === 'members' || name === 'topics' ? 1 : 0;
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be a whole number${min ? ' ≥ 1' : ''}`);
  }
  // Each member votes for an idea at most once.
  if (ideaVotes > ideas * members) throw new Error(`--idea-votes ${ideaVotes} is more than --ideas × --members (${ideas * members})`);
  if (topics > 10_000_000 || replies > 50_000_000 || members > 1_000_000_000) throw new Error('sizes too large for this seeder');
  const targetReactions = reactions ?? Math.round(replies / 2);
  const totalPosts = topics + replies;
  const reactedFraction = Math.min(1, targetReactions / Math.max(1, totalPosts * MEAN_REACTIONS_PER_REACTED_POST));

  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: jobs + 1,
    application_name: 'townsquare-bench-seed',
    // Bulk-load settings for these sessions only: no fsync wait per statement, roomy sorts and
    // index builds, no JIT compilation of one-off statements.
    options: '-c synchronous_commit=off -c work_mem=64MB -c maintenance_work_mem=512MB -c jit=off',
  });
  const timings = [];
  const started = performance.now();
  const step = async (name, fn) => {
    const t0 = performance.now();
    const result = await fn();
    const ms = performance.now() - t0;
    timings.push({ step: name, ms: Math.round(ms) });
    log(`  ${name.padEnd(44)} ${fmtMs(ms).padStart(9)}`);
    return result;
  };
  const q = (sql, params) => pool.query(sql, params);

  try {
    // ---- preconditions ------------------------------------------------------------------------
    const migrated = await q(`SELECT to_regclass('public.posts') IS NOT NULL AS ok`);
    if (!migrated.rows[0].ok) throw new Error('the database is not migrated: start the server on it once first');
    const cats = (await q(`SELECT id, slug FROM categories`)).rows;
    const catId = Object.fromEntries(cats.map((c) => [c.slug, c.id]));
    for (const { slug } of CATEGORY_MIX) if (!catId[slug]) throw new Error(`category "${slug}" is missing: the server's first-start seed has not run`);
    const admin = (await q(`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1`)).rows[0];
    if (!admin) throw new Error('no admin user: the server has not seeded the community');
    const existing = await q(`SELECT count(*)::int AS n FROM users WHERE handle LIKE 'bench\\_user\\_%'`);
    if (existing.rows[0].n > 0) throw new Error(`the database already holds ${existing.rows[0].n} bench users: seed a fresh database (or reuse it as it is)`);

    log(`seeding ${members} members, ${topics} topics, ${replies} replies, ~${targetReactions} reactions, ${ideas} ideas with ~${ideaVotes} votes (${jobs} parallel jobs)`);

    // A seed interrupted while indexes were dropped: put them back before anything else.
    await restoreDroppedIndexes(pool, log);

    // ---- scratch tables -------------------------------------------------------------------------
    await step('scratch tables, words, sentences', async () => {
      await q(`DROP SCHEMA IF EXISTS bench_seed CASCADE`);
      await q(`CREATE SCHEMA bench_seed`);
      await q(`CREATE UNLOGGED TABLE bench_seed.words (idx int PRIMARY KEY, word text NOT NULL)`);
      await q(`INSERT INTO bench_seed.words SELECT i::int, w FROM unnest($1::text[]) WITH ORDINALITY AS u(w, i)`, [WORDS]);
      // Sentences of 5–14 words; words are picked with a mild skew towards the head of the list
      // (the most common word ends up in about a quarter of the posts).
      await q(
        `CREATE UNLOGGED TABLE bench_seed.sentences AS
         SELECT s AS idx, upper(left(t, 1)) || substr(t, 2) AS text
         FROM generate_series(1, $1::int) s,
         LATERAL (
           SELECT string_agg(w.word, ' ' ORDER BY x.g) AS t
           FROM (SELECT g, 1 + floor($2::int * random() ^ 1.2)::int AS wi FROM generate_series(1, 5 + (s * 7) % 10) g) x
           JOIN bench_seed.words w ON w.idx = x.wi
         ) l`,
        [SENTENCES, WORDS.length],
      );
      await q(`ALTER TABLE bench_seed.sentences ADD PRIMARY KEY (idx)`);
      await q(`INSERT INTO tags (name, description) SELECT unnest($1::varchar[]), 'Benchmark tag' ON CONFLICT DO NOTHING`, [TAGS]);
      // 20 tag sets: 8 of them empty (≈40% of topics have no tags).
      const sets = [];
      for (let i = 0; i < 20; i++) {
        if (i < 8) sets.push('{}');
        else sets.push(`{${[...new Set([TAGS[i % TAGS.length], ...(i % 3 === 0 ? [TAGS[(i * 7) % TAGS.length]] : [])])].join(',')}}`);
      }
      await q(`CREATE UNLOGGED TABLE bench_seed.tagsets AS SELECT (i - 1)::int AS idx, t::varchar(30)[] AS tags FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i)`, [sets]);
    });

    // ---- members ----------------------------------------------------------------------------------
    const passwordHash = await step('argon2id password hash (once)', () => hash(BENCH_PASSWORD, ARGON2_OPTIONS));
    await step(`members (${members})`, async () => {
      await q(
        `INSERT INTO users (handle, email, display_name, password_hash, role, created_at, updated_at)
         SELECT 'bench_user_' || g, 'bench_user_' || g || '@bench.example', 'Bench User ' || g, $2, 'MEMBER', c, c
         FROM generate_series(1, $1::int) g, LATERAL (SELECT now() - interval '400 days' * random() + interval '0' * g AS c) x`,
        [members, passwordHash],
      );
      await establishMembers(pool);
      await q(
        `CREATE UNLOGGED TABLE bench_seed.members AS
         SELECT (substr(handle, 12)::int - 1) AS idx, id FROM users WHERE handle LIKE 'bench\\_user\\_%'`,
      );
      await q(`ALTER TABLE bench_seed.members ADD PRIMARY KEY (idx)`);
    });

    // ---- the ideas board: a category everyone may read, like the other public ones ------------------------
    const board = await step('ideas board category', async () => {
      const { rows } = await q(
        `INSERT INTO categories (slug, name, description, color, position, read_roles, post_roles)
         SELECT $1, 'Ideas board', 'Vote on what we build next.', '#0d9488', (SELECT max(position) + 1 FROM categories), read_roles, post_roles
         FROM categories WHERE slug = 'ideas'
         ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id`,
        [IDEA_BOARD_SLUG],
      );
      await q(`INSERT INTO idea_boards (category_id, created_by) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [rows[0].id, admin.id]);
      return rows[0];
    });

    // ---- the topic plan: category, kind, author, title, age, and how many replies each gets -------
    await step(`topic plan (${topics})`, async () => {
      const thresholds = [];
      let acc = 0;
      for (const c of CATEGORY_MIX) thresholds.push((acc += c.share));
      // Replies follow a heavy tail (weight = u^-0.7): most topics get a few, some get thousands.
      // n_i = floor(R·cum_i/total) − floor(R·cum_{i−1}/total) sums to exactly R.
      await q(
        `CREATE UNLOGGED TABLE bench_seed.plan AS
         WITH base AS (
           SELECT g AS idx, random() AS rc, random() AS rk, random() AS ra, random() AS rt, random() AS rd,
                  random() AS rw, random() AS rg, random() AS rl, random() AS racc, random() AS ro, random() AS rf
           FROM generate_series(1, $1::int) g
         ), cat AS (
           SELECT b.*,
             CASE WHEN rc < $3 THEN 'announcements' WHEN rc < $4 THEN 'questions' WHEN rc < $5 THEN 'ideas'
                  WHEN rc < $6 THEN 'events' ELSE 'off-topic' END AS slug
           FROM base b
         ), weighted AS (
           SELECT c.*,
             CASE slug WHEN 'announcements' THEN 'ANNOUNCEMENT' WHEN 'questions' THEN CASE WHEN rk < 0.9 THEN 'QUESTION' ELSE 'DISCUSSION' END
                       WHEN 'ideas' THEN 'DISCUSSION' WHEN 'events' THEN 'DISCUSSION'
                       ELSE CASE WHEN rk < 0.03 THEN 'QUESTION' ELSE 'DISCUSSION' END END AS kind,
             CASE WHEN slug = 'announcements' THEN 0::float8 ELSE power(greatest(rw, 1e-6), -0.7) END AS w,
             $7::timestamptz - interval '365 days' * rd AS created_at
           FROM cat c
         ), cum AS (
           SELECT w2.*, sum(w) OVER (ORDER BY idx) AS cw, sum(w) OVER () AS tw FROM weighted w2
         ), counted AS (
           SELECT cum.*, (floor($2::float8 * cw / nullif(tw, 0)) - floor($2::float8 * coalesce(lag(cw) OVER (ORDER BY idx), 0) / nullif(tw, 0)))::int AS n
           FROM cum
         )
         SELECT c.idx, gen_random_uuid() AS id, cats.id AS category_id, c.slug, c.kind,
           CASE WHEN c.slug = 'announcements' THEN $8::uuid ELSE m.id END AS author_id,
           c.slug = 'announcements' AS as_brand,
           ts.tags,
           left(CASE WHEN c.kind = 'QUESTION' THEN (ARRAY[${QUESTION_OPENERS.map((o) => `'${o}'`).join(', ')}])[1 + floor(ro * ${QUESTION_OPENERS.length})::int] || ' ' || lower(s.text) || '?'
                     ELSE s.text END, 200) AS title,
           c.created_at, coalesce(c.n, 0) AS n,
           least(($7::timestamptz - c.created_at) * (0.5 + 0.5 * c.rf), interval '1 hour' * (1 + coalesce(c.n, 0)) * (0.5 + 20 * c.rl)) AS lifetime,
           c.kind = 'QUESTION' AND c.racc < 0.35 AS accept,
           (sum(coalesce(c.n, 0) + 1) OVER (ORDER BY c.idx) - coalesce(c.n, 0) - 1) / ${CHUNK_POSTS} AS chunk
         FROM counted c
         JOIN categories cats ON cats.slug = c.slug
         JOIN bench_seed.members m ON m.idx = floor($9::int * power(c.ra, 1.3))::int
         JOIN bench_seed.tagsets ts ON ts.idx = floor(20 * c.rg)::int
         JOIN bench_seed.sentences s ON s.idx = 1 + floor(${SENTENCES} * c.rt)::int`,
        [topics, replies, ...thresholds.slice(0, 4), new Date().toISOString(), admin.id, members],
      );
      // The board's ideas: IDEA topics with an opening post and no replies, in chunks after the others.
      // Titles: an opener and the first 3–7 words of a sentence, so similar-idea suggestions have
      // English and Russian material that overlaps the way real suggestions do.
      await q(
        `INSERT INTO bench_seed.plan (idx, id, category_id, slug, kind, author_id, as_brand, tags, title, created_at, n, lifetime, accept, chunk)
         WITH base AS (
           SELECT g, random() AS ra, random() AS rg, random() AS rt, random() AS ro, random() AS rk, random() AS rd
           FROM generate_series(1, $1::int) g
         )
         SELECT $2::int + b.g, gen_random_uuid(), $3::uuid, $4, 'IDEA', m.id, false, ts.tags,
           left((ARRAY[${IDEA_OPENERS.map((o) => `'${o}'`).join(', ')}])[1 + floor(b.ro * ${IDEA_OPENERS.length})::int] || ' ' ||
                lower(array_to_string((string_to_array(s.text, ' '))[1:3 + floor(5 * b.rk)::int], ' ')), 200),
           $5::timestamptz - interval '365 days' * b.rd, 0, interval '0', false,
           (SELECT coalesce(max(chunk), -1) + 1 FROM bench_seed.plan) + (b.g - 1) / ${CHUNK_POSTS}
         FROM base b
         JOIN bench_seed.members m ON m.idx = floor($6::int * power(b.ra, 1.3))::int
         JOIN bench_seed.tagsets ts ON ts.idx = floor(20 * b.rg)::int
         JOIN bench_seed.sentences s ON s.idx = 1 + floor(${SENTENCES} * b.rt)::int`,
        [ideas, topics, board.id, IDEA_BOARD_SLUG, new Date().toISOString(), members],
      );
      await q(`ALTER TABLE bench_seed.plan ADD PRIMARY KEY (idx)`);
      await q(`CREATE INDEX ON bench_seed.plan (chunk)`);
      await q(`ANALYZE bench_seed.plan, bench_seed.members, bench_seed.sentences, bench_seed.words, bench_seed.tagsets`);
    });
    const planStats = (await q(`SELECT count(*)::int AS topics, sum(n)::bigint AS replies, max(n) AS max_n, max(chunk)::int AS chunks,
      count(*) FILTER (WHERE n >= 20)::int AS ge20, percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS median_n,
      count(*) FILTER (WHERE kind = 'QUESTION')::int AS questions FROM bench_seed.plan`)).rows[0];
    log(`    plan: ${planStats.topics} topics, ${planStats.replies} replies, median ${planStats.median_n} / max ${planStats.max_n} replies per topic, ${planStats.ge20} topics with ≥20 replies, ${planStats.questions} questions`);

    // ---- topics -------------------------------------------------------------------------------------
    await step(`topics (${topics} + ${ideas} ideas)`, () =>
      q(
        `INSERT INTO topics (id, category_id, author_id, title, kind, tags, created_at, updated_at, last_posted_at, last_poster_id, post_number_seq)
         SELECT id, category_id, author_id, title, kind, tags, created_at, created_at, created_at, author_id, n + 1
         FROM bench_seed.plan ORDER BY idx`,
      ),
    );

    // ---- posts (opening posts and replies), chunk by chunk on `jobs` connections -------------------------
    let dropped = [];
    if (deferIndexes) {
      dropped = await step('drop secondary indexes of posts (rebuilt later)', () => dropSecondaryIndexes(pool));
    }
    const chunkCount = planStats.chunks + 1;
    await step(`posts (${totalPosts} in ${chunkCount} chunks)`, async () => {
      let next = 0;
      let done = 0;
      let lastReport = performance.now();
      const t0 = performance.now();
      const worker = async () => {
        const client = await pool.connect();
        try {
          // The rows are consistent by construction: skip the per-row foreign-key triggers.
          await skipTriggers(client);
          for (;;) {
            const chunk = next++;
            if (chunk >= chunkCount) break;
            await insertPostsChunk(client, chunk, { members, reactedFraction });
            done++;
            if (performance.now() - lastReport > 15_000 || done === chunkCount) {
              lastReport = performance.now();
              log(`    … ${done}/${chunkCount} chunks, ${fmtMs(performance.now() - t0)}`);
            }
          }
          await client.query(`SET session_replication_role = origin`).catch(() => {});
        } finally {
          client.release();
        }
      };
      await Promise.all(Array.from({ length: Math.min(jobs, chunkCount) }, worker));
    });

    // ---- reactions rows, from the per-post counts ----------------------------------------------------
    await step('reactions', async () => {
      let next = 0;
      const worker = async () => {
        const client = await pool.connect();
        try {
          await skipTriggers(client);
          for (;;) {
            const chunk = next++;
            if (chunk >= chunkCount) break;
            // One distinct member per reaction of a kind: (base + g) mod M, g < count ≤ M.
            await client.query(
              `INSERT INTO reactions (post_id, user_id, kind, created_at)
               SELECT p.id, m.id, e.key, p.created_at + interval '7 minutes' * (g + 1)
               FROM bench_seed.plan pl
               JOIN posts p ON p.topic_id = pl.id
               CROSS JOIN LATERAL jsonb_each_text(p.reactions) e
               CROSS JOIN LATERAL generate_series(0, e.value::int - 1) g
               JOIN bench_seed.members m ON m.idx = ((hashtext(p.id::text)::bigint + 2147483648 + g) % $2::int)::int
               WHERE pl.chunk = $1 AND p.reactions <> '{}'::jsonb`,
              [chunk, members],
            );
          }
          await client.query(`SET session_replication_role = origin`).catch(() => {});
        } finally {
          client.release();
        }
      };
      await Promise.all(Array.from({ length: Math.min(jobs, chunkCount) }, worker));
    });

    if (dropped.length > 0) {
      await step(`rebuild ${dropped.length} posts indexes`, () => restoreDroppedIndexes(pool, () => {}, jobs));
    }

    // ---- denormalised counters ------------------------------------------------------------------
    await step('accepted answers (≈35% of questions)', () =>
      q(
        `UPDATE topics t SET accepted_post_id = p.id
         FROM bench_seed.plan pl JOIN posts p ON p.topic_id = pl.id AND p.post_number = 2
         WHERE t.id = pl.id AND pl.accept`,
      ),
    );
    await step('topic counters and hot_score', () =>
      q(
        `UPDATE topics t SET
           reply_count = a.replies,
           reaction_count = a.reactions,
           post_number_seq = a.max_n,
           first_post_id = f.id,
           last_post_id = l.id,
           last_poster_id = l.author_id,
           last_posted_at = l.created_at,
           updated_at = greatest(t.updated_at, l.created_at),
           hot_score = log(greatest(1, a.replies + 2 * a.reactions + 1)) + extract(epoch from t.created_at) / 45000.0
         FROM (
           SELECT topic_id,
             (count(*) FILTER (WHERE post_number > 1 AND deleted_at IS NULL))::int AS replies,
             max(post_number) AS max_n,
             coalesce(sum(CASE WHEN reactions = '{}'::jsonb THEN 0
                               ELSE (SELECT sum(value::int) FROM jsonb_each_text(reactions)) END), 0)::int AS reactions
           FROM posts GROUP BY topic_id
         ) a
         JOIN posts f ON f.topic_id = a.topic_id AND f.post_number = 1
         JOIN posts l ON l.topic_id = a.topic_id AND l.post_number = a.max_n
         WHERE t.id = a.topic_id`,
      ),
    );
    await step('category counters', async () => {
      // post_count: live posts, i.e. the opening post plus the live replies of every topic
      // (what the server's increments and decrements maintain). The counts live in counter rows
      // (category_counters), summed when read: one row per category here.
      await q(`DELETE FROM category_counters`);
      await q(
        `INSERT INTO category_counters (category_id, shard, topic_count, post_count)
         SELECT c.id, 0, coalesce(x.topics, 0), coalesce(x.posts, 0)
         FROM categories c LEFT JOIN (
           SELECT category_id, (count(*) FILTER (WHERE deleted_at IS NULL))::int AS topics, sum(reply_count + 1)::int AS posts
           FROM topics GROUP BY category_id
         ) x ON x.category_id = c.id`,
      );
    });

    await step(`ideas (${ideas}) and their votes (~${ideaVotes})`, () => seedIdeas(pool, { members, ideaVotes, adminId: admin.id }));

    await step(`events (${eventCount(topics)}, their discussions among the events category's topics)`, () => seedEvents(q, eventCount(topics)));

    await step('KPI activity (team replies, days members read, visitors)', () => seedKpiActivity(q, admin.id));

    // The reply inbox files what the seeded topics leave waiting, as the migration files an existing community.
    await step('reply inbox', async () => {
      const { fileExistingTopics } = await import('../../server/dist/database/migrations/1764300000000-ReplyInbox.js');
      await fileExistingTopics((sql) => q(sql));
    });

    await step('drop scratch tables', () => q(`DROP SCHEMA bench_seed CASCADE`));
    await step('VACUUM ANALYZE', async () => {
      await Promise.all(['posts', 'topics', 'reactions', 'users', 'categories', 'tags', 'events', 'event_occurrences', 'event_rsvps', 'ideas', 'idea_votes', 'idea_voters', 'idea_status_changes', 'member_activity_days', 'visitor_days', 'inbox_items'].map((t) => q(`VACUUM (ANALYZE) ${t}`)));
    });

    const counts = (await q(`SELECT
        (SELECT count(*) FROM users)::int AS users,
        (SELECT count(*) FROM topics)::int AS topics,
        (SELECT count(*) FROM posts)::int AS posts,
        (SELECT count(*) FROM reactions)::int AS reactions,
        (SELECT count(*) FROM topics WHERE reply_count >= 20)::int AS topics_ge20_replies,
        (SELECT max(reply_count) FROM topics)::int AS max_replies,
        (SELECT count(*) FROM ideas)::int AS ideas,
        (SELECT count(*) FROM idea_votes)::int AS idea_votes,
        (SELECT max(vote_count) FROM ideas)::int AS max_idea_votes,
        pg_size_pretty(pg_database_size(current_database())) AS database_size`)).rows[0];
    const totalMs = Math.round(performance.now() - started);
    log(`  ${'total'.padEnd(44)} ${fmtMs(totalMs).padStart(9)}`);
    log(`  database: ${JSON.stringify(counts)}`);
    return { timings, totalMs, counts, plan: planStats };
  } finally {
    await pool.end();
  }
}

/**
 * The board's ideas as the server keeps them: a row per IDEA topic with a status spread (the
 * changed ones with their timeline entry, and an official response when planned, done or
 * declined), votes on a heavy tail (weight u^-0.6, at most one per member and idea) given over the
 * last 90 days but never before the idea, then the stored counts from the votes: each idea's
 * vote_count, its revision (one per vote and status change) and each voter's open votes (on ideas
 * not done or declined). Bench members end up far above the open-vote limits of their trust
 * levels (≈500 votes each at full size against 20–30), so voteIdea refuses them more votes.
 */
async function seedIdeas(pool, { members, ideaVotes, adminId }) {
  const client = await pool.connect();
  try {
    await skipTriggers(client);
    const q = (sql, params) => client.query(sql, params);
    const statusCase = IDEA_STATUS_MIX.map(([status, upTo]) => `WHEN r < ${upTo} THEN '${status}'`).join(' ');
    await q(
      `INSERT INTO ideas (topic_id, status, official_response, official_response_by, official_response_at, status_changed_at, created_at, updated_at)
       SELECT id, status,
              CASE WHEN status IN ('PLANNED', 'DONE', 'DECLINED') THEN 'Thanks for the suggestion: ' || lower(status) || '.' END,
              CASE WHEN status IN ('PLANNED', 'DONE', 'DECLINED') THEN $1::uuid END,
              CASE WHEN status IN ('PLANNED', 'DONE', 'DECLINED') THEN changed END,
              changed, created_at, coalesce(changed, created_at)
       FROM (
         SELECT pl.id, pl.created_at, x.status,
                CASE WHEN x.status <> 'NEW' THEN pl.created_at + (now() - pl.created_at) * random() END AS changed
         FROM bench_seed.plan pl
         CROSS JOIN LATERAL (SELECT CASE ${statusCase} END AS status FROM (SELECT random() + 0 * pl.idx AS r) rr) x
         WHERE pl.kind = 'IDEA' AND pl.slug = $2
       ) y`,
      [adminId, IDEA_BOARD_SLUG],
    );
    await q(
      `INSERT INTO idea_status_changes (topic_id, from_status, to_status, response, actor_id, created_at)
       SELECT topic_id, 'NEW', status, official_response, $1, status_changed_at FROM ideas WHERE status <> 'NEW'`,
      [adminId],
    );
    // n_i = min(M, round(V·w_i/Σw)) distinct members per idea: (base_i + g) mod M for g < n_i.
    await q(
      `WITH w AS (
         SELECT topic_id, greatest(created_at, now() - interval '90 days') AS since,
                power(greatest(random(), 1e-6), -0.6) AS w, floor(random() * $2::int)::int AS base
         FROM ideas
       ), n AS (
         SELECT w.*, least($2::int, round($1::float8 * w / sum(w) OVER ()))::int AS n FROM w
       )
       INSERT INTO idea_votes (topic_id, user_id, created_at)
       SELECT n.topic_id, m.id, n.since + (now() - n.since) * random()
       FROM n CROSS JOIN LATERAL generate_series(0, n.n - 1) g
       JOIN bench_seed.members m ON m.idx = (n.base + g) % $2::int`,
      [ideaVotes, members],
    );
    await q(
      `UPDATE ideas i SET vote_count = c.n FROM (SELECT topic_id, count(*)::int AS n FROM idea_votes GROUP BY topic_id) c
       WHERE i.topic_id = c.topic_id`,
    );
    await q(`UPDATE ideas SET revision = 1 + vote_count + CASE WHEN status <> 'NEW' THEN 1 ELSE 0 END`);
    await q(
      `INSERT INTO idea_voters (user_id, open_votes)
       SELECT v.user_id, (count(*) FILTER (WHERE i.status NOT IN ('DONE', 'DECLINED', 'DUPLICATE')))::int
       FROM idea_votes v JOIN ideas i ON i.topic_id = v.topic_id GROUP BY v.user_id`,
    );
    await q(`SET session_replication_role = origin`).catch(() => {});
  } finally {
    client.release();
  }
}

/** A few hundred events at full size (one per 250 topics, 20 to 400). */
export const eventCount = (topics) => Math.max(20, Math.min(400, Math.round(topics / 250)));

/**
 * Events the way the server writes them, set-based: published, spread from 60 days back to 120
 * days ahead at 18:00 Berlin, one in four with 100 places, one in ten weekly for four weeks; each
 * has one of the events category's seeded topics as its discussion, and 0–30 members going.
 */
async function seedEvents(q, count) {
  await q(
    `WITH cat AS (SELECT id FROM categories WHERE slug = 'events'),
     t AS (SELECT id, title, row_number() OVER (ORDER BY created_at DESC) AS n FROM topics WHERE category_id = (SELECT id FROM cat)),
     ev AS (
       INSERT INTO events (category_id, topic_id, title, description, description_html, time_zone, starts_at, ends_at, location, capacity,
                           visibility, status, recurrence_rule, published_at, created_at)
       SELECT (SELECT id FROM cat), t.id, left('Meetup: ' || t.title, 200), 'A benchmark event.', '<p>A benchmark event.</p>', 'Europe/Berlin',
              s.starts, s.starts + interval '2 hours', 'Community hall ' || i, CASE WHEN i % 4 = 0 THEN 100 END, 'EVERYONE', 'PUBLISHED',
              CASE WHEN i % 10 = 0 THEN 'FREQ=WEEKLY;COUNT=4' END, now() - interval '90 days', now() - interval '90 days'
         FROM generate_series(1, $1::int) i
         JOIN t ON t.n = i
         CROSS JOIN LATERAL (SELECT (date_trunc('day', now() - interval '60 days' + (i * interval '180 days' / $1::int)) + interval '17 hours') AS starts) s
       RETURNING id, starts_at, ends_at, recurrence_rule)
     INSERT INTO event_occurrences (event_id, rule_index, starts_at, ends_at)
     SELECT ev.id, k, ev.starts_at + k * interval '7 days', ev.ends_at + k * interval '7 days'
       FROM ev CROSS JOIN LATERAL generate_series(0, CASE WHEN ev.recurrence_rule IS NULL THEN 0 ELSE 3 END) k`,
    [count],
  );
  await q(
    `WITH pool AS (SELECT array_agg(id) AS ids FROM (SELECT id FROM users WHERE handle LIKE 'bench\\_user\\_%' LIMIT 2000) m)
     INSERT INTO event_rsvps (occurrence_id, user_id, event_id, status)
     SELECT DISTINCT ON (o.id, pool.ids[1 + (abs(hashtext(o.id::text || j)) % array_length(pool.ids, 1))])
            o.id, pool.ids[1 + (abs(hashtext(o.id::text || j)) % array_length(pool.ids, 1))], o.event_id, 'GOING'
       FROM event_occurrences o CROSS JOIN pool CROSS JOIN LATERAL generate_series(1, abs(hashtext(o.id::text)) % 31) j
      ORDER BY 1, 2`,
  );
  await q(`UPDATE event_occurrences o SET going_count = (SELECT count(*) FROM event_rsvps r WHERE r.occurrence_id = o.id AND r.status = 'GOING')`);
}

/**
 * The members of a year-old community are established: where the schema has membership and trust
 * columns, bench members are active, have accepted the current guidelines, and have the reading
 * history of the MEMBER level (REGULAR for a third of those older than 100 days), so the server's
 * new-member limits (reply pace, premoderation) do not apply to them.
 */
async function establishMembers(pool) {
  const { rows } = await pool.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users'`);
  const has = new Set(rows.map((r) => r.column_name));
  const sets = [];
  if (has.has('trust_level')) {
    sets.push(`trust_level = CASE WHEN x.regular THEN 'REGULAR' ELSE 'MEMBER' END`);
    const stat = (column, memberMin, memberSpan, regularMin, regularSpan) => {
      if (has.has(column)) sets.push(`${column} = CASE WHEN x.regular THEN ${regularMin} + floor(random() * ${regularSpan}) ELSE ${memberMin} + floor(random() * ${memberSpan}) END`);
    };
    stat('topics_entered', 20, 80, 100, 500);
    stat('posts_read', 100, 400, 500, 5000);
    stat('read_seconds', 3600, 14000, 18000, 200000);
    stat('days_visited', 15, 35, 50, 250);
    if (has.has('last_visit_on')) sets.push(`last_visit_on = current_date - floor(random() * 30)::int`);
  }
  if (has.has('membership')) sets.push(`membership = 'ACTIVE'`);
  if (has.has('guidelines_accepted')) {
    const g = await pool.query(`SELECT to_regclass('public.guidelines') IS NOT NULL AS ok`);
    sets.push(g.rows[0].ok ? `guidelines_accepted = (SELECT coalesce(max(version), 0) FROM guidelines)` : `guidelines_accepted = 0`);
  }
  if (sets.length === 0) return;
  await pool.query(
    `UPDATE users u SET ${sets.join(', ')}
     FROM (SELECT id, created_at < now() - interval '100 days' AND random() < 0.33 AS regular FROM users WHERE handle LIKE 'bench\\_user\\_%') x
     WHERE u.id = x.id`,
  );
}

/**
 * What the KPI dashboard reads besides posts: the team answers about 40 % of topics (their second
 * post becomes the admin's, as staff), each member reads on about a fifth of the last year's days,
 * and a few hundred signed-out visitors a day for the visitor rows still kept (40 days); the reply
 * inbox is filed after it from the posts as they are then. The rollups themselves are built by the server
 * (rebuildKpis), which run.mjs times.
 */
async function seedKpiActivity(q, adminId) {
  await q(
    `UPDATE posts p SET author_id = $1, author_is_staff = true
     FROM topics t WHERE t.id = p.topic_id AND p.post_number = 2 AND abs(hashtext(t.id::text)) % 10 < 4`,
    [adminId],
  );
  await q(
    `INSERT INTO member_activity_days (day, user_id)
     SELECT d::date, u.id FROM users u, generate_series((now() AT TIME ZONE 'UTC')::date - 364, (now() AT TIME ZONE 'UTC')::date, interval '1 day') d
     WHERE u.role = 'MEMBER' AND random() < 0.2 AND d::date >= (u.created_at AT TIME ZONE 'UTC')::date
     ON CONFLICT DO NOTHING`,
  );
  await q(
    `INSERT INTO visitor_days (day, visitor_hash, requests)
     SELECT d::date, sha256(convert_to(d::text || ':' || g, 'UTF8')), 1 + floor(40 * random() ^ 3)::int
     FROM generate_series((now() AT TIME ZONE 'UTC')::date - 39, (now() AT TIME ZONE 'UTC')::date, interval '1 day') d,
       generate_series(1, 200 + floor(200 * random())::int) g
     ON CONFLICT DO NOTHING`,
  );
}

/** Posts of one chunk of the plan: the opening post (number 1) and replies 2..n+1, bodies composed from sentences. */
async function insertPostsChunk(client, chunk, { members, reactedFraction }) {
  await client.query(
    `INSERT INTO posts (topic_id, post_number, author_id, body, body_html, as_brand, author_is_staff, reactions, created_at, updated_at)
     SELECT topic_id, k, author_id, body,
       '<p>' || replace(replace(replace(replace(replace(body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), E'\\n\\n', '</p><p>') || '</p>',
       as_brand, as_brand, reactions, ts, ts
     FROM (
       SELECT x.topic_id, x.k, x.ts,
         CASE WHEN x.k = 1 THEN x.topic_author ELSE m.id END AS author_id,
         x.k = 1 AND x.as_brand AS as_brand,
         CASE
           WHEN x.fmt < 0.15 THEN a.text || E'.\\n\\n- ' || b.text || E'\\n- ' || c.text
           WHEN x.fmt < 0.30 THEN a.text || '. **' || b.text || '**.'
           WHEN x.fmt < 0.40 THEN a.text || '. Try \`' || split_part(b.text, ' ', 2) || '\` first: ' || lower(c.text) || '.'
           WHEN x.fmt < 0.50 THEN '> ' || a.text || E'\\n\\n' || b.text || '.'
           WHEN x.fmt < 0.75 THEN a.text || '. ' || b.text || '.'
           ELSE a.text || '. ' || b.text || E'.\\n\\n' || c.text || '. ' || d.text || '.'
         END AS body,
         CASE WHEN x.rr < $2::float8 THEN jsonb_strip_nulls(jsonb_build_object(
           'LIKE', least($3::int, 1 + floor(6 * x.r1 ^ 2)::int),
           'LOVE', CASE WHEN x.r2 < 0.3 THEN least($3::int, 1 + floor(3 * x.r3)::int) END,
           'INSIGHTFUL', CASE WHEN x.r4 < 0.2 THEN least($3::int, 1 + floor(2 * x.r5)::int) END,
           'THANKS', CASE WHEN x.r6 < 0.25 THEN least($3::int, 1 + floor(2 * x.r7)::int) END))
         ELSE '{}'::jsonb END AS reactions
       FROM (
         SELECT pl.id AS topic_id, pl.author_id AS topic_author, pl.as_brand, k,
           pl.created_at + pl.lifetime * power((k - 1)::float8 / greatest(pl.n, 1), 1.5) AS ts,
           floor($3::int * power(random(), 1.3))::int AS author_idx,
           1 + floor(${SENTENCES} * random())::int AS s1, 1 + floor(${SENTENCES} * random())::int AS s2,
           1 + floor(${SENTENCES} * random())::int AS s3, 1 + floor(${SENTENCES} * random())::int AS s4,
           random() AS fmt, random() AS rr, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
           random() AS r5, random() AS r6, random() AS r7
         FROM bench_seed.plan pl, generate_series(1, pl.n + 1) k
         WHERE pl.chunk = $1
       ) x
       JOIN bench_seed.members m ON m.idx = x.author_idx
       JOIN bench_seed.sentences a ON a.idx = x.s1
       JOIN bench_seed.sentences b ON b.idx = x.s2
       JOIN bench_seed.sentences c ON c.idx = x.s3
       JOIN bench_seed.sentences d ON d.idx = x.s4
     ) y`,
    [chunk, reactedFraction, members],
  );
}

/**
 * Drops the posts indexes that no constraint needs (full-text GIN, author, updated), noting their
 * definitions in bench_seed.dropped_indexes so they are rebuilt even after an interrupted seed.
 */
async function dropSecondaryIndexes(pool) {
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_seed.dropped_indexes (name text PRIMARY KEY, def text NOT NULL)`);
  const { rows } = await pool.query(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = 'posts'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
  );
  for (const r of rows) {
    await pool.query(`INSERT INTO bench_seed.dropped_indexes (name, def) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [r.name, r.def]);
    await pool.query(`DROP INDEX IF EXISTS public.${quoteIdent(r.name)}`);
  }
  return rows;
}

/** Rebuilds indexes noted in bench_seed.dropped_indexes (if any), `jobs` at a time. */
async function restoreDroppedIndexes(pool, log, jobs = 1) {
  const exists = await pool.query(`SELECT to_regclass('bench_seed.dropped_indexes') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return [];
  const { rows } = await pool.query(`SELECT name, def FROM bench_seed.dropped_indexes ORDER BY name`);
  if (rows.length > 0) log(`  rebuilding ${rows.length} index(es) left dropped by an earlier seed: ${rows.map((r) => r.name).join(', ')}`);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const r = rows[next++];
      if (!r) break;
      await pool.query(r.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      await pool.query(`DELETE FROM bench_seed.dropped_indexes WHERE name = $1`, [r.name]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, rows.length)) }, worker));
  return rows;
}

/** Foreign-key triggers off for this session when allowed (superuser); otherwise they just run. */
async function skipTriggers(client) {
  try {
    await client.query(`SET session_replication_role = replica`);
  } catch {
    /* not a superuser: keep the checks */
  }
}

function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

// ---- command line ------------------------------------------------------------------------------------
async function main() {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      members: { type: 'string' },
      topics: { type: 'string' },
      replies: { type: 'string' },
      reactions: { type: 'string' },
      ideas: { type: 'string' },
      'idea-votes': { type: 'string' },
      jobs: { type: 'string' },
      'no-defer-indexes': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values['database-url']) {
    console.log(`usage: node test/bench/seed.mjs --database-url URL [--members ${DEFAULTS.members}] [--topics ${DEFAULTS.topics}] [--replies ${DEFAULTS.replies}] [--reactions N] [--ideas N] [--idea-votes N] [--jobs N] [--no-defer-indexes]`);
    process.exit(values.help ? 0 : 2);
  }
  const int = (v, fallback) => (v === undefined ? fallback : Number.parseInt(v, 10));
  const result = await seedCommunity({
    databaseUrl: values['database-url'],
    members: int(values.members, DEFAULTS.members),
    topics: int(values.topics, DEFAULTS.topics),
    replies: int(values.replies, DEFAULTS.replies),
    reactions: int(values.reactions, undefined),
    ideas: int(values.ideas, undefined),
    ideaVotes: int(values['idea-votes'], undefined),
    jobs: int(values.jobs, undefined),
    deferIndexes: !values['no-defer-indexes'],
  });
  console.log(JSON.stringify(result, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
