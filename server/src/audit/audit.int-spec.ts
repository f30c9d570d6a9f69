import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { leastStatements } from '../testing/sql-counter.js';
import { AuditService, type AuditEntry } from './audit.service.js';

let t: TestApp;
let db: DataSource;
let admin: GqlClient;
let staff: Person;

type Target = { kind: string; id: string; label: string | null; postNumber: number | null; path: string | null; deleted: boolean };
type Log = { auditLog: { edges: Array<{ node: { targetType: string; targetId: string; target: Target } }> } };
const LOG = `query ($first: Int, $f: AuditFilterInput) {
  auditLog(first: $first, filter: $f) { edges { node { targetType targetId actor { handle } target { kind id label postNumber path deleted } } } } }`;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
  staff = await person(t, 'MODERATOR', 'aud');
});
afterAll(async () => {
  await t.close();
});

describe('audit log targets', () => {
  it('names and links each entry\'s target (topic, post, member, category, queue item, watched word), with one statement for all targets of a page whatever its size', async () => {
    const member = await person(t);
    const flagger = await person(t);
    const slug = `audit-${Date.now().toString(36)}`;
    const cat = await admin.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
      i: { name: 'Audited category', slug },
    });
    const categoryId = cat.data!.createCategory.id;
    const subject = await topic(member, categoryId, { title: 'A topic the staff acted on' });
    const post = await reply(member, subject.id, 'A reply someone flags for review.');
    const flag = await flagger.client.send<{ flag: { itemId: string } }>(`mutation ($i: FlagInput!) { flag(input: $i) { itemId } }`, {
      i: { targetType: 'POST', targetId: post.id, reason: 'SPAM' },
    });
    const itemId = flag.data!.flag.itemId;
    const word = await admin.send<{ createWatchedWord: { id: string } }>(`mutation { createWatchedWord(word: "auditedword", action: FLAG) { id } }`);
    const wordId = word.data!.createWatchedWord.id;

    const kinds: Array<Pick<AuditEntry, 'action' | 'targetType' | 'targetId'>> = [
      { action: 'TOPIC_CLOSED', targetType: 'TOPIC', targetId: subject.id },
      { action: 'POST_HIDDEN', targetType: 'POST', targetId: post.id },
      { action: 'USER_WARNED', targetType: 'USER', targetId: member.id },
      { action: 'CATEGORY_UPDATED', targetType: 'CATEGORY', targetId: categoryId },
      { action: 'POST_APPROVED', targetType: 'QUEUE_ITEM', targetId: itemId },
      { action: 'WATCHED_WORD_ADDED', targetType: 'WATCHED_WORD', targetId: wordId },
    ];
    // 24 entries by one actor, each kind four times, newest last.
    const entries: AuditEntry[] = [];
    for (let i = 0; i < 4; i++) for (const k of kinds) entries.push({ actorId: staff.id, ...k });
    await db.transaction((m) => t.app.get(AuditService).recordMany(m, entries));

    const expected: Record<string, Omit<Target, 'id' | 'deleted'>> = {
      TOPIC: { kind: 'TOPIC', label: 'A topic the staff acted on', postNumber: null, path: `/t/${subject.id}` },
      POST: { kind: 'POST', label: 'A topic the staff acted on', postNumber: post.postNumber, path: `/t/${subject.id}/${post.postNumber}` },
      USER: { kind: 'USER', label: member.handle, postNumber: null, path: `/admin/members/${member.handle}` },
      CATEGORY: { kind: 'CATEGORY', label: 'Audited category', postNumber: null, path: `/c/${slug}` },
      QUEUE_ITEM: { kind: 'QUEUE_ITEM', label: 'A topic the staff acted on', postNumber: post.postNumber, path: `/t/${subject.id}/${post.postNumber}` },
      WATCHED_WORD: { kind: 'WATCHED_WORD', label: 'auditedword', postNumber: null, path: '/admin/watched-words' },
    };

    const page = async (first: number) =>
      leastStatements(async () => {
        const res = await admin.send<Log>(LOG, { first, f: { actorHandle: staff.handle } });
        expect(res.errors).toBeUndefined();
        return res.data!.auditLog.edges.map((e) => e.node);
      });
    const small = await page(3);
    const big = await page(20);
    expect(small.result).toHaveLength(3);
    expect(big.result).toHaveLength(20);
    // Every kind appears on the big page, each entry named and linked.
    expect(new Set(big.result.map((n) => n.targetType))).toEqual(new Set(Object.keys(expected)));
    for (const node of big.result) {
      expect(node.target).toEqual({ ...expected[node.targetType], id: node.targetId, deleted: false });
    }
    // The actor lookup, the actor filter's handle and the page, plus one statement for every target.
    expect(big.statements).toBe(small.statements);
    expect(big.statements).toBeLessThanOrEqual(6);
  });

  it('a target since removed still shows what the entry recorded, or that it is gone; a group target is not gone', async () => {
    const gone = randomUUID();
    const nameless = randomUUID();
    await db.transaction((m) =>
      t.app.get(AuditService).recordMany(m, [
        { actorId: staff.id, action: 'PRODUCT_AREA_REMOVED', targetType: 'PRODUCT_AREA', targetId: gone, before: { name: 'Old area' } },
        { actorId: staff.id, action: 'TOPIC_DELETED', targetType: 'TOPIC', targetId: nameless },
        { actorId: staff.id, action: 'INVITATIONS_CREATED', targetType: 'USER', targetId: 'invitations', after: { count: 2 } },
      ]),
    );
    const targetOf = async (targetId: string) => {
      const res = await admin.send<Log>(LOG, { first: 1, f: { targetId } });
      expect(res.errors).toBeUndefined();
      return res.data!.auditLog.edges[0]?.node.target;
    };
    expect(await targetOf(gone)).toEqual({ kind: 'PRODUCT_AREA', id: gone, label: 'Old area', postNumber: null, path: null, deleted: true });
    expect(await targetOf(nameless)).toEqual({ kind: 'TOPIC', id: nameless, label: null, postNumber: null, path: null, deleted: true });
    // An entry about a group of things (no one row) is not taken for a removed one.
    expect(await targetOf('invitations')).toMatchObject({ kind: 'USER', label: null, path: null, deleted: false });
  });
});
