import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { GqlClient, codeOf, startTestApp, type TestApp } from '../testing/test-app.js';
import { MAIL_JOB, MailService } from './mail.service.js';

/** A real SMTP server on a free port that keeps what it receives and can refuse an address for a while. */
interface Received {
  to: string[];
  raw: string;
}
let smtp: SMTPServer;
let smtpUrl = '';
const received: Received[] = [];
const refuseOnce = new Set<string>();

let t: TestApp;
let db: DataSource;
let admin: GqlClient;

/** The text of a received message, with quoted-printable soft breaks and escapes undone when it is so encoded. */
function bodyOf(raw: string): string {
  if (!/^Content-Transfer-Encoding: quoted-printable/im.test(raw)) return raw;
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuseOnce.delete(address.address)) {
        const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
        error.responseCode = 451;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  smtpUrl = `smtp://127.0.0.1:${port}`;
  t = await startTestApp({ env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'https://community.example/', MAIL_FROM: 'Northwind <community@northwind.example>' } });
  db = t.app.get(DataSource);
  admin = new GqlClient(t.url);
  await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('email through the outbox', () => {
  it('emails each invitation to its address with its own sign-up link; open invitations send nothing', async () => {
    const before = received.length;
    const made = await admin.send<{ createInvitations: Array<{ id: string; email: string | null; token: string }> }>(
      `mutation { createInvitations(input: { emails: ["ann@invited.example", "bob@invited.example"], count: 1 }) { id email token } }`,
    );
    expect(made.errors).toBeUndefined();
    const invites = made.data!.createInvitations;
    const mails = await waitFor('two invitation emails', () => (received.length - before >= 2 ? received.slice(before) : undefined));
    for (const invite of invites.filter((i) => i.email)) {
      const mail = mails.find((m) => m.to.includes(invite.email!));
      expect(mail).toBeDefined();
      const body = bodyOf(mail!.raw);
      expect(body).toMatch(/^Subject: You are invited to join /m);
      expect(body).toMatch(/^From: Northwind <community@northwind\.example>/m);
      expect(body).toContain(`https://community.example/signup?invite=${invite.token}`);
      expect(body).toContain('Community Admin invites you');
    }
    expect(received.length - before).toBe(2);
    const listed = await waitFor('both marked sent', async () => {
      const res = await admin.send<{ invitations: { edges: Array<{ node: { id: string; email: string | null; emailStatus: string | null } }> } }>(
        `{ invitations(first: 10) { edges { node { id email emailStatus emailError } } } }`,
      );
      const mine = res.data!.invitations.edges.map((e) => e.node).filter((n) => invites.some((i) => i.id === n.id));
      return mine.filter((n) => n.email).every((n) => n.emailStatus === 'SENT') ? mine : undefined;
    });
    expect(listed.find((n) => n.email === null)?.emailStatus).toBeNull();
  });

  it('retries a refused message with backoff and sends it on a later attempt', async () => {
    refuseOnce.add('carol@invited.example');
    const before = received.length;
    const made = await admin.send<{ createInvitations: Array<{ id: string }> }>(`mutation { createInvitations(input: { emails: ["carol@invited.example"] }) { id } }`);
    const id = made.data!.createInvitations[0]!.id;
    const row = await waitFor('a failed first attempt', async () => {
      const [r]: Array<{ id: string; attempts: number; last_error: string | null; sent_at: Date | null; failed_at: Date | null }> = await db.query(
        `SELECT id, attempts, last_error, sent_at, failed_at FROM mail_outbox WHERE about_id = $1`,
        [id],
      );
      return r?.last_error ? r : undefined;
    });
    expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(row.last_error).toMatch(/451|try again/i);
    // The queue holds the retry back (backoff from 30 s); it records the failure just after the outbox does.
    const job = await waitFor('the job to wait for its retry', async () => {
      const [j]: Array<{ state: string; start_after: Date }> = await db.query(`SELECT state, start_after FROM pgboss.job WHERE name = $1 AND data->>'mailId' = $2`, [
        MAIL_JOB,
        row.id,
      ]);
      return j?.state === 'retry' ? j : undefined;
    });
    expect(job.start_after.getTime()).toBeGreaterThan(Date.now() + 20_000);
    const pending = await admin.send<{ invitations: { edges: Array<{ node: { id: string; emailStatus: string; emailError: string } }> } }>(`{ invitations { edges { node { id emailStatus emailError } } } }`);
    expect(pending.data!.invitations.edges.find((e) => e.node.id === id)?.node).toMatchObject({ emailStatus: 'PENDING' });
    // Time passes: the retry is due and a worker sends it.
    await db.query(`UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND data->>'mailId' = $2`, [MAIL_JOB, row.id]);
    const done = await waitFor('sent on the second attempt', async () => {
      const [r]: Array<{ attempts: number; sent_at: Date | null }> = await db.query(`SELECT attempts, sent_at FROM mail_outbox WHERE about_id = $1`, [id]);
      return r?.sent_at ? r : undefined;
    });
    expect(received.slice(before).map((m) => m.to)).toEqual([['carol@invited.example']]);
    expect(done.attempts).toBe(2);
  });

  it('a message written before deliveries were queued jobs (an upgrade) is sent once a server starts', async () => {
    const before = received.length;
    await db.query(`INSERT INTO mail_outbox (to_address, subject, text_body) VALUES ('old@invited.example', 'Written before the upgrade', 'Hello from the old outbox')`);
    const restarted = await startTestApp({ env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'https://community.example/', MAIL_FROM: 'Northwind <community@northwind.example>' } });
    try {
      await waitFor('the old message', () => (received.slice(before).some((m) => m.to.includes('old@invited.example')) ? true : undefined));
      // Marked sent once the SMTP server has taken it: a moment after it arrives there.
      await waitFor('the old message marked sent', async () => {
        const [row]: Array<{ sent_at: Date | null }> = await db.query(`SELECT sent_at FROM mail_outbox WHERE to_address = 'old@invited.example'`);
        return row?.sent_at ?? undefined;
      });
    } finally {
      await restarted.close();
    }
    expect(received.slice(before).filter((m) => m.to.includes('old@invited.example'))).toHaveLength(1);
  });

  it('a message whose transaction rolls back is never sent', async () => {
    const before = await db.query(`SELECT (SELECT count(*)::int FROM mail_outbox) AS mails, (SELECT count(*)::int FROM pgboss.job WHERE name = '${MAIL_JOB}') AS jobs`);
    const mail = t.app.get(MailService);
    await expect(
      db.transaction(async (m) => {
        await mail.enqueue(m, { to: 'ghost@invited.example', subject: 'Never', text: 'Never sent' });
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await db.query(`SELECT (SELECT count(*)::int FROM mail_outbox) AS mails, (SELECT count(*)::int FROM pgboss.job WHERE name = '${MAIL_JOB}') AS jobs`)).toEqual(before);
    expect(received.some((r) => r.to.includes('ghost@invited.example'))).toBe(false);
    expect(codeOf(await admin.send(`mutation { createInvitations(input: { emails: ["not-an-address"] }) { id } }`))).toBe('BAD_USER_INPUT');
  });
});
