import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { GqlClient, startTestApp, uniqueHandle, type TestApp } from '../testing/test-app.js';
import { CSRF_HEADER } from './csrf-header.guard.js';
import { UploadsRepository } from './uploads.repository.js';

const b64 = (s: string) => Buffer.from(s, 'base64');
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

/** Real files, written by an image library. */
const PNG_1X1 = hex(`89504e470d0a1a0a 0000000d49484452 00000001 00000001 0802000000 907753de
  0000000c49444154 78da63f8cfc0000003010100 f7034143 0000000049454e44ae426082`);
const GIF_1X1 = hex('474946383761 0100 0100 80 00 00 000000000000 2c 00000000 0100 0100 00 08 04 00010404 00 3b');
const JPEG_5X3 = b64(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAADAAUBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z',
);
const WEBP_4X2 = hex(
  '524946463800000057454250565038202c000000d001009d012a0400020002c04c25a00274ba01f80003b000fed0caffca55e0b1ba3cffe7e6776e2fe7300000',
);

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A black RGB PNG of the given size; `comment` bytes of padding go in a tEXt chunk. */
function makePng(width: number, height: number, comment = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Math.min(height, 4); // enough rows for the tests; the image data is never decoded
  const chunks = [pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.alloc((1 + 3 * Math.min(width, 4)) * rows)))];
  if (comment > 0) chunks.push(pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), Buffer.alloc(comment, 'x')])));
  return Buffer.concat([PNG_1X1.subarray(0, 8), ...chunks, pngChunk('IEND', Buffer.alloc(0))]);
}

/** A valid 2×2 PNG of exactly `totalBytes` bytes. */
function pngOfSize(totalBytes: number): Buffer {
  const png = makePng(2, 2, totalBytes - makePng(2, 2).length - 12 - 8);
  expect(png.length).toBe(totalBytes);
  return png;
}

/** What a browser's <img> asks for: it accepts anything, HTML included. */
const IMG_ACCEPT = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;

interface Booted {
  t: TestApp;
  db: DataSource;
  /** The storage directory of this app. */
  dir: string;
  close(): Promise<void>;
}

/**
 * Boots the app with the uploads module and its own storage directory. The upload variables are
 * also put in process.env while it boots, for as long as config.ts does not carry them.
 */
async function bootWithUploads(env: Record<string, string> = {}): Promise<Booted> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'townsquare-uploads-'));
  let t: TestApp;
  try {
    t = await startTestApp({ env: { UPLOAD_DIR: dir, ...env } });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    t,
    db: t.app.get(DataSource),
    dir,
    async close() {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under the storage directory, temporary ones included. */
function storedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

async function member(url: string): Promise<{ client: GqlClient; id: string }> {
  const client = new GqlClient(url);
  const handle = uniqueHandle('up');
  const res = await client.send<{ signUp: { user: { id: string } } }>(SIGN_UP, {
    input: { email: `${handle}@example.com`, handle, displayName: 'Uploader', password: 'uploader-password-1' },
  });
  expect(res.errors).toBeUndefined();
  return { client, id: res.data!.signUp.user.id };
}

function upload(
  agent: GqlClient['agent'] | ReturnType<typeof request>,
  bytes: Buffer,
  file: { filename: string; contentType: string },
  headers: Record<string, string> = { [CSRF_HEADER]: 'townsquare' },
) {
  return agent.post('/api/uploads').set(headers).attach('file', bytes, file);
}

function fetchBinary(url: string, pathname: string) {
  return request(url)
    .get(pathname)
    .set('accept', IMG_ACCEPT)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** A GET sent exactly as written: no client in between resolves `..` or re-encodes anything. */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path: rawPath, method: 'GET', headers: { accept: IMG_ACCEPT } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function uploadsBy(db: DataSource, userId: string): Promise<number> {
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM uploads WHERE user_id = $1', [userId]);
  return count;
}

let s: Booted;
beforeAll(async () => {
  s = await bootWithUploads();
});
afterAll(async () => {
  await s.close();
});

const KEY_URL = /^\/uploads\/\d{4}\/(0[1-9]|1[0-2])\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.(png|jpg|gif|webp)$/;

describe('a member uploads an image and anyone can see it', () => {
  it.each([
    ['PNG', PNG_1X1, 'pixel.png', 'image/png', 'png', 1, 1],
    ['GIF', GIF_1X1, 'pixel.gif', 'image/gif', 'gif', 1, 1],
    ['JPEG', JPEG_5X3, 'photo.jpeg', 'image/jpeg', 'jpg', 5, 3],
    ['WebP', WEBP_4X2, 'picture.webp', 'image/webp', 'webp', 4, 2],
  ])('%s: stored with its size, served back byte for byte with its type and safe headers', async (_kind, bytes, filename, mime, ext, width, height) => {
    const { client, id: userId } = await member(s.t.url);
    const res = await upload(client.agent, bytes, { filename, contentType: mime });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), url: expect.stringMatching(KEY_URL), mime, byteSize: bytes.length, width, height });
    expect(res.body.url.endsWith(`.${ext}`)).toBe(true);

    const [row] = await s.db.query('SELECT user_id, storage_key, mime, byte_size, sha256, width, height FROM uploads WHERE id = $1', [res.body.id]);
    expect(row).toEqual({
      user_id: userId,
      storage_key: res.body.url.slice('/uploads/'.length),
      mime,
      byte_size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      width,
      height,
    });
    expect(readFileSync(path.join(s.dir, row.storage_key)).equals(bytes)).toBe(true);

    // A guest's browser loading it in an <img>: same bytes, the detected type, nothing it could execute.
    const served = await fetchBinary(s.t.url, res.body.url);
    expect(served.status).toBe(200);
    expect(Buffer.compare(served.body as Buffer, bytes)).toBe(0);
    expect(served.headers['content-type']).toBe(mime);
    expect(served.headers['content-length']).toBe(String(bytes.length));
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toBe("default-src 'none';style-src 'unsafe-inline';sandbox");
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('goes by the content, not by the file name or the declared type', async () => {
    const { client } = await member(s.t.url);
    const res = await upload(client.agent, GIF_1X1, { filename: 'holiday.png', contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mime: 'image/gif', width: 1, height: 1 });
    expect(res.body.url).toMatch(/\.gif$/);
    expect((await fetchBinary(s.t.url, res.body.url)).headers['content-type']).toBe('image/gif');
  });

  it('keeps each upload separately, even of the same file', async () => {
    const { client, id } = await member(s.t.url);
    const first = await upload(client.agent, PNG_1X1, { filename: 'a.png', contentType: 'image/png' });
    const second = await upload(client.agent, PNG_1X1, { filename: 'a.png', contentType: 'image/png' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.url).not.toBe(first.body.url);
    expect(await uploadsBy(s.db, id)).toBe(2);
  });
});

describe('what is refused, with nothing stored', () => {
  it('a guest: 401 UNAUTHENTICATED', async () => {
    const before = storedFiles(s.dir).length;
    const res = await upload(request(s.t.url), PNG_1X1, { filename: 'x.png', contentType: 'image/png' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    expect(storedFiles(s.dir)).toHaveLength(before);
  });

  it.each([
    ['an SVG named x.png and declared image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>')],
    ['an HTML page named x.png', Buffer.from('<!doctype html><script>fetch("/graphql")</script>')],
    ['a PNG signature followed by garbage', Buffer.concat([PNG_1X1.subarray(0, 8), Buffer.from('IHDR and then no image at all, only text')])],
  ])('%s: 400 UNSUPPORTED_TYPE', async (_name, content) => {
    const { client, id } = await member(s.t.url);
    const before = storedFiles(s.dir).length;
    const res = await upload(client.agent, content, { filename: 'x.png', contentType: 'image/png' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.any(String), field: 'file', reason: 'UNSUPPORTED_TYPE' } });
    expect(await uploadsBy(s.db, id)).toBe(0);
    expect(storedFiles(s.dir)).toHaveLength(before);
  });

  it('an image declaring more than 100 megapixels, however small the file: 413 TOO_LARGE', async () => {
    const { client, id } = await member(s.t.url);
    const res = await upload(client.agent, makePng(10_001, 10_000), { filename: 'huge.png', contentType: 'image/png' });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'TOO_LARGE' });
    expect(res.body.error.message).toMatch(/megapixels/);
    expect(await uploadsBy(s.db, id)).toBe(0);
  });

  it('an upload without the x-requested-with header (what a cross-site form sends): 403', async () => {
    const { client, id } = await member(s.t.url);
    const res = await upload(client.agent, PNG_1X1, { filename: 'x.png', contentType: 'image/png' }, {});
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_HEADER_MISSING' });
    expect(await uploadsBy(s.db, id)).toBe(0);
  });

  it('no file, an empty file, or the file in another field: 400 naming the field', async () => {
    const { client, id } = await member(s.t.url);
    const none = await client.agent.post('/api/uploads').set(CSRF_HEADER, 'townsquare').field('title', 'no file here');
    expect(none.status).toBe(400);
    expect(none.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'REQUIRED' });
    const empty = await upload(client.agent, Buffer.alloc(0), { filename: 'empty.png', contentType: 'image/png' });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'REQUIRED' });
    const elsewhere = await client.agent.post('/api/uploads').set(CSRF_HEADER, 'townsquare').attach('image', PNG_1X1, 'x.png');
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'INVALID_FORMAT' });
    expect(await uploadsBy(s.db, id)).toBe(0);
  });

  it('when the row cannot be saved, the stored file is removed again and the error shows nothing internal', async () => {
    const { client, id } = await member(s.t.url);
    const before = storedFiles(s.dir);
    const insert = jest.spyOn(s.t.app.get(UploadsRepository), 'insert').mockRejectedValueOnce(new Error('connection to 10.0.0.5 lost'));
    try {
      const res = await upload(client.agent, PNG_1X1, { filename: 'x.png', contentType: 'image/png' });
      expect(insert).toHaveBeenCalledTimes(1);
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Please try again.' } });
    } finally {
      insert.mockRestore();
    }
    expect(storedFiles(s.dir)).toEqual(before);
    expect(await uploadsBy(s.db, id)).toBe(0);
  });
});

describe('serving only what was uploaded', () => {
  it.each([
    '/uploads/../../etc/passwd',
    '/uploads/2025/01/../../../etc/passwd',
    '/uploads/2025/01/..%2F..%2F..%2Fetc%2Fpasswd',
    '/uploads/2025/01/%2e%2e%2f%2e%2e%2fpackage.json',
    '/uploads/..%2F..%2F/..%2F/passwd',
    '/uploads/2025/13/00000000-0000-4000-8000-000000000000.png',
    '/uploads/2025/01/00000000-0000-4000-8000-000000000000.svg',
    '/uploads/2025/01/.0123456789abcdef.tmp',
  ])('GET %s → 404', async (rawPath) => {
    const res = await rawGet(s.t.url, rawPath);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/root:|"name"|<html/i);
  });

  it('a well-formed key that was never uploaded, or a stored key with another extension → 404', async () => {
    const { client } = await member(s.t.url);
    const res = await upload(client.agent, PNG_1X1, { filename: 'x.png', contentType: 'image/png' });
    const stored: string = res.body.url;
    for (const url of [`/uploads/2025/01/${randomUUID()}.png`, stored.replace(/\.png$/, '.gif'), stored.toUpperCase().replace('/UPLOADS/', '/uploads/')]) {
      const miss = await fetchBinary(s.t.url, url);
      expect(miss.status).toBe(404);
      expect(JSON.parse((miss.body as Buffer).toString())).toEqual({ error: { code: 'NOT_FOUND', message: 'No such upload.' } });
    }
  });
});

describe('limits', () => {
  let limited: Booted;
  beforeAll(async () => {
    limited = await bootWithUploads({ UPLOAD_MAX_BYTES: '2048', UPLOAD_MAX_PER_HOUR: '3' });
  });
  afterAll(async () => {
    await limited.close();
  });

  it('accepts a file of exactly UPLOAD_MAX_BYTES and refuses one byte more, or far more, with 413 TOO_LARGE', async () => {
    const { client, id } = await member(limited.t.url);
    const exact = await upload(client.agent, pngOfSize(2048), { filename: 'big.png', contentType: 'image/png' });
    expect(exact.status).toBe(201);
    expect(exact.body).toMatchObject({ byteSize: 2048, width: 2, height: 2 });
    const files = storedFiles(limited.dir);
    for (const size of [2049, 200_000]) {
      const over = await upload(client.agent, pngOfSize(size), { filename: 'big.png', contentType: 'image/png' });
      expect(over.status).toBe(413);
      expect(over.body).toEqual({ error: { code: 'BAD_USER_INPUT', message: 'The image is too large: the limit is 2 KB.', field: 'file', reason: 'TOO_LARGE' } });
    }
    expect(storedFiles(limited.dir)).toEqual(files);
    expect(await uploadsBy(limited.db, id)).toBe(1);
  });

  it('allows UPLOAD_MAX_PER_HOUR uploads per person, then answers 429 with Retry-After; others can still upload', async () => {
    const busy = await member(limited.t.url);
    for (let i = 0; i < 3; i++) {
      expect((await upload(busy.client.agent, GIF_1X1, { filename: 'a.gif', contentType: 'image/gif' })).status).toBe(201);
    }
    const refused = await upload(busy.client.agent, GIF_1X1, { filename: 'a.gif', contentType: 'image/gif' });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    expect(await uploadsBy(limited.db, busy.id)).toBe(3);
    const other = await member(limited.t.url);
    expect((await upload(other.client.agent, GIF_1X1, { filename: 'a.gif', contentType: 'image/gif' })).status).toBe(201);
  });
});
