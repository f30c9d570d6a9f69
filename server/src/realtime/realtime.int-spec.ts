import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@townsquare/shared';
import { GqlClient, startTestApp, uniqueHandle, type TestApp } from '../testing/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
const sockets: ClientSocket[] = [];

function connect(url: string, cookie = ''): ClientSocket {
  const socket: ClientSocket = io(url, { path: '/socket.io', transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false });
  sockets.push(socket);
  return socket;
}

function next<K extends keyof ServerToClientEvents>(socket: ClientSocket, event: K): Promise<Parameters<ServerToClientEvents[K]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
    (socket as unknown as { once(e: string, l: (p: unknown) => void): void }).once(event, (payload) => {
      clearTimeout(timer);
      resolve(payload as Parameters<ServerToClientEvents[K]>[0]);
    });
  });
}

function disconnected(socket: ClientSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('still connected after 5 s')), 5000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

async function member(url: string) {
  const client = new GqlClient(url);
  const handle = uniqueHandle('s');
  const res = await client.send<{ signUp: { user: { id: string } } }>(`mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
    i: { email: `${handle}@example.com`, handle, displayName: 'Socket Member', password: 'socket-member-pw' },
  });
  return { client, id: res.data!.signUp.user.id, cookie: client.cookieHeader(url) };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await t.close();
});

describe('live channel', () => {
  it('tells a guest it is a guest', async () => {
    const socket = connect(t.url);
    expect(await next(socket, 'session.ready')).toEqual({ userId: null });
  });

  it('authenticates with the session cookie and answers a ping', async () => {
    const { id, cookie } = await member(t.url);
    const socket = connect(t.url, cookie);
    expect(await next(socket, 'session.ready')).toEqual({ userId: id });
    const reply = await socket.timeout(5000).emitWithAck('ping', {});
    expect(Date.parse(reply.at)).not.toBeNaN();
  });

  it('treats a revoked or forged cookie as a guest', async () => {
    const socket = connect(t.url, 'ts_session=forged-token-value');
    expect(await next(socket, 'session.ready')).toEqual({ userId: null });
  });

  it('is ready when connected: a topic.join sent on connect is answered, ten times out of ten', async () => {
    const { client } = await member(t.url);
    const categoryId = (await client.send<{ category: { id: string } }>(`{ category(slug: "questions") { id } }`)).data!.category.id;
    const made = await client.send<{ createTopic: { id: string } }>(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, {
      i: { categoryId, title: 'Joined on connect', body: 'Live from the first moment.' },
    });
    const topicId = made.data!.createTopic.id;
    const cookie = client.cookieHeader(t.url);
    for (let i = 0; i < 10; i++) {
      const socket = connect(t.url, cookie);
      const reply = await new Promise((resolve, reject) => socket.once('connect', () => socket.timeout(5000).emitWithAck('topic.join', { topicId }).then(resolve, reject)));
      expect(reply).toEqual({ ok: true });
      socket.close();
    }
  });

  it('closes the live connection when its session signs out', async () => {
    const { client, cookie } = await member(t.url);
    const socket = connect(t.url, cookie);
    await next(socket, 'session.ready');
    const ended = next(socket, 'session.ended');
    const gone = disconnected(socket);
    await client.send(`mutation { signOut }`);
    expect(await ended).toEqual({ reason: 'SIGNED_OUT' });
    expect(await gone).toBe('io server disconnect');
  });
});

const redisUrl = process.env.REDIS_URL;
(redisUrl ? describe : describe.skip)('across two instances sharing Redis (REDIS_URL)', () => {
  it('a sign-out on one instance closes the socket held by the other', async () => {
    const a = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    const b = await startTestApp({ env: { REDIS_URL: redisUrl! } });
    try {
      const { client, id } = await member(a.url);
      const socket = connect(b.url, client.cookieHeader(a.url));
      expect(await next(socket, 'session.ready')).toEqual({ userId: id });
      const gone = disconnected(socket);
      await client.send(`mutation { signOut }`);
      expect(await gone).toBe('io server disconnect');
      const health = await fetch(`${b.url}/healthz`).then((r) => r.json());
      expect(health).toMatchObject({ redis: 'up' });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
