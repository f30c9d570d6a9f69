// EXPLAIN (ANALYZE, BUFFERS) of the SQL behind the benchmarked operations, on a seeded database.
// The statements mirror the server's (server/src/topics/topics.repository.ts, posts.service.ts,
// search/search.service.ts, watched-words/content-policy.service.ts, ideas/ideas.repository.ts);
// when those change, update them here.
//
//   node test/bench/explain.mjs --reuse-data DIR      (a data dir kept by run.mjs --keep; starts the server on it)
//   node test/bench/explain.mjs --database-url URL    (a database the server runs on)
//   [--only search,latest,…] [--word update] [--idea-title "add sync"] [--runs 3]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startServer } from '../support/server.mjs';

const { values: argv } = parseArgs({
  options: {
    'reuse-data': { type: 'string' },
    'database-url': { type: 'string' },
    only: { type: 'string' },
    word: { type: 'string', default: 'update' },
    'idea-title': { type: 'string', default: 'Add sync bat' },
    runs: { type: 'string', default: '3' },
  },
});
if (!argv['reuse-data'] && !argv['database-url']) {
  console.error('usage: node test/bench/explain.mjs (--reuse-data DIR | --database-url URL) [--only names] [--word update] [--runs 3]');
  process.exit(2);
}
const runs = Math.max(1, Math.min(Number(argv.runs), 10));

const TOPIC_LIST = (extraWhere, orderKey) => `
  SELECT t.*, ${orderKey}::text AS sort_key FROM topics t
  WHERE t.category_id = ANY($1::uuid[]) AND t.deleted_at IS NULL AND t.hidden_at IS NULL ${extraWhere}
  ORDER BY ${orderKey} DESC, t.id DESC LIMIT 21`;

const SEARCH = `
  WITH q AS (SELECT websearch_to_tsquery('english', $1) || websearch_to_tsquery('russian', $1) AS q),
  candidates AS (
    (SELECT p.id FROM posts p, q WHERE p.search_vector @@ q.q AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED' LIMIT 5000)
    UNION
    (SELECT t.first_post_id FROM topics t, q WHERE t.search_vector @@ q.q AND t.deleted_at IS NULL AND t.first_post_id IS NOT NULL LIMIT 5000)
  ),
  hits AS (
    SELECT p.id, p.topic_id, p.body, p.created_at, p.author_id,
      (ts_rank(p.search_vector, q.q) + CASE WHEN p.post_number = 1 THEN 2 * ts_rank(t.search_vector, q.q) ELSE 0 END)::float8 AS rank
    FROM candidates c JOIN posts p ON p.id = c.id JOIN topics t ON t.id = p.topic_id, q
    WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'
      AND t.category_id = ANY($2::uuid[])
  )
  SELECT h.id, h.rank::text AS rank_text, h.rank,
    ts_headline('english', left(h.body, 20000), (SELECT q FROM q), 'StartSel=<, StopSel=>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS headline
  FROM hits h
  ORDER BY h.rank DESC, h.id DESC
  LIMIT 21`;

const POSTS_PAGE = `
  SELECT * FROM posts p
  WHERE p.topic_id = $1 AND p.post_number > $2
    AND p.deleted_at IS NULL AND ((p.hidden_at IS NULL AND p.approval = 'APPROVED') OR p.author_id = $3)
  ORDER BY p.post_number ASC LIMIT 21`;

// IdeasRepository.page (TOP, TRENDING) and .similar, for a guest (every readable category).
const IDEA_COLUMNS = `i.topic_id, t.category_id, t.title, t.author_id, t.tags, i.status, i.vote_count, i.revision, i.merged_into_id,
  i.official_response, i.official_response_at, i.status_changed_at, i.created_at, i.updated_at`;
const IDEA_WHERE = `t.category_id = ANY($1::uuid[]) AND t.deleted_at IS NULL AND t.hidden_at IS NULL
  AND EXISTS (SELECT 1 FROM idea_boards b WHERE b.category_id = t.category_id) AND i.status <> 'DUPLICATE'`;
const IDEAS_TOP = `
  SELECT ${IDEA_COLUMNS} FROM ideas i JOIN topics t ON t.id = i.topic_id
  WHERE ${IDEA_WHERE}
  ORDER BY i.vote_count DESC, i.topic_id DESC LIMIT 21`;
const IDEAS_TRENDING = `
  WITH r AS (SELECT topic_id, count(*)::int AS n FROM idea_votes WHERE created_at >= now() - make_interval(days => $2::int) GROUP BY topic_id)
  SELECT x.*, r.n AS recent_votes
  FROM (SELECT topic_id, n FROM r ORDER BY n DESC, topic_id DESC) r
  CROSS JOIN LATERAL (SELECT ${IDEA_COLUMNS} FROM ideas i JOIN topics t ON t.id = i.topic_id WHERE i.topic_id = r.topic_id AND ${IDEA_WHERE}) x
  ORDER BY r.n DESC, r.topic_id DESC LIMIT 21`;
const IDEAS_SIMILAR = `
  WITH c AS (
    (SELECT id FROM topics WHERE kind = 'IDEA' AND lower(title) % lower($2) ORDER BY similarity(lower(title), lower($2)) DESC LIMIT 50)
    UNION
    (SELECT id FROM topics
      WHERE kind = 'IDEA' AND search_vector @@ (websearch_to_tsquery('english', $2) || websearch_to_tsquery('russian', $2))
      ORDER BY ts_rank(search_vector, websearch_to_tsquery('english', $2) || websearch_to_tsquery('russian', $2)) DESC LIMIT 50)
  )
  SELECT ${IDEA_COLUMNS},
    greatest(similarity(lower(t.title), lower($2)), ts_rank(t.search_vector, websearch_to_tsquery('english', $2) || websearch_to_tsquery('russian', $2))) AS score
  FROM c JOIN topics t ON t.id = c.id JOIN ideas i ON i.topic_id = t.id
  WHERE ${IDEA_WHERE}
  ORDER BY score DESC, i.vote_count DESC, i.topic_id DESC
  LIMIT 5`;

const NO_USER = '00000000-0000-0000-0000-000000000000';

async function main() {
  let server = null;
  let url = argv['database-url'];
  if (!url) {
    const dataDir = path.resolve(argv['reuse-data']);
    server = await startServer({ dataDir, env: { LOG_LEVEL: 'warn' }, timeoutMs: 180_000 });
    const password = readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
    url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${server.pgPort}/townsquare`;
  }
  const db = new pg.Client({ connectionString: url, application_name: 'townsquare-bench-explain' });
  await db.connect();
  try {
    const categoryIds = (await db.query(`SELECT array_agg(id) AS ids FROM categories WHERE 'GUEST' = ANY(read_roles)`)).rows[0].ids;
    const big = (await db.query(`SELECT id, reply_count FROM topics WHERE deleted_at IS NULL ORDER BY reply_count DESC LIMIT 1`)).rows[0];
    const mid = (await db.query(`SELECT id FROM topics WHERE reply_count BETWEEN 20 AND 40 AND deleted_at IS NULL LIMIT 1`)).rows[0] ?? big;
    const member = (await db.query(`SELECT id FROM users WHERE handle = 'bench_user_1'`)).rows[0];
    const busiest = (await db.query(`SELECT author_id, count(*)::int AS posts FROM posts WHERE author_id IS NOT NULL GROUP BY author_id ORDER BY 2 DESC LIMIT 1`)).rows[0];
    if (busiest) console.log(`member with the most posts: ${busiest.posts} posts`);
    const statements = {
      latest: [TOPIC_LIST('AND NOT (t.pinned_at IS NOT NULL AND t.pinned_globally)', 't.last_posted_at'), [categoryIds]],
      'latest-one-category': [TOPIC_LIST('AND t.pinned_at IS NULL', 't.last_posted_at'), [[categoryIds[1]]]],
      hot: [TOPIC_LIST('', 't.hot_score'), [categoryIds]],
      'top-all': [TOPIC_LIST('', '(t.reply_count + 2 * t.reaction_count)'), [categoryIds]],
      'top-week': [TOPIC_LIST(`AND t.created_at > now() - interval '7 days'`, '(t.reply_count + 2 * t.reaction_count)'), [categoryIds]],
      'top-month': [TOPIC_LIST(`AND t.created_at > now() - interval '30 days'`, '(t.reply_count + 2 * t.reaction_count)'), [categoryIds]],
      unanswered: [TOPIC_LIST(`AND t.kind = 'QUESTION' AND t.accepted_post_id IS NULL AND t.staff_answered_at IS NULL`, 't.created_at'), [categoryIds]],
      pinned: [
        `SELECT t.*, t.last_posted_at::text AS sort_key FROM topics t
         WHERE t.pinned_at IS NOT NULL AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.category_id = ANY($1::uuid[]) AND t.pinned_globally
         ORDER BY t.pinned_globally DESC, t.pinned_at DESC LIMIT 20`,
        [categoryIds],
      ],
      'posts-first-page': [POSTS_PAGE, [mid.id, 0, member?.id ?? NO_USER]],
      'posts-deep-page': [POSTS_PAGE, [big.id, Math.max(0, big.reply_count - 20), member?.id ?? NO_USER]],
      // createPost's pace check (assertMayPost), for the member with the most posts.
      'reply-pace': [
        `SELECT count(*) FILTER (WHERE created_at > now() - interval '1 day')::int AS today, max(created_at) AS last,
           (SELECT count(*)::int FROM posts WHERE author_id = $1 AND approval = 'APPROVED') AS approved
         FROM posts WHERE author_id = $1 AND post_number > 1 AND created_at > now() - interval '1 day'`,
        [busiest?.author_id ?? NO_USER],
      ],
      'category-new-counts': [
        `SELECT t.category_id, count(*)::int AS n FROM topics t
         WHERE t.category_id = ANY($2::uuid[]) AND t.deleted_at IS NULL AND t.created_at > now() - interval '14 days'
           AND NOT EXISTS (SELECT 1 FROM topic_reads r WHERE r.user_id = $1 AND r.topic_id = t.id)
         GROUP BY t.category_id`,
        [member?.id ?? NO_USER, categoryIds],
      ],
      search: [SEARCH, [argv.word, categoryIds]],
      'ideas-top': [IDEAS_TOP, [categoryIds]],
      'ideas-trending': [IDEAS_TRENDING, [categoryIds, 7]],
      'ideas-similar': [IDEAS_SIMILAR, [categoryIds, argv['idea-title']]],
    };
    const only = argv.only ? argv.only.split(',') : Object.keys(statements);
    for (const name of only) {
      const entry = statements[name];
      if (!entry) throw new Error(`unknown statement "${name}" (known: ${Object.keys(statements).join(', ')})`);
      const [sql, params] = entry;
      const times = [];
      let plan = '';
      for (let i = 0; i < runs; i++) {
        const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        times.push(Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1]));
      }
      console.log(`\n=== ${name}: execution ${times.map((t) => `${t.toFixed(1)} ms`).join(', ')} (last plan below)`);
      console.log(plan);
    }
  } finally {
    await db.end();
    if (server) await server.stop();
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
