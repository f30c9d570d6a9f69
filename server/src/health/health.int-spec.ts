import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close().catch(() => undefined);
});

describe('GET /healthz', () => {
  it('reports the database up and Redis as configured', async () => {
    const res = await request(t.url).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up', redis: 'disabled' });
  });

  it('answers 503 when the database is unreachable', async () => {
    const down = await startTestApp();
    try {
      await down.app.get(DataSource).destroy();
      const res = await request(down.url).get('/healthz');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'unavailable', database: 'down' });
      // An API call failing inside the database layer reaches the client masked.
      const api = await request(down.url).post('/graphql').set('content-type', 'application/json').send({ query: '{ categories { id } }' });
      expect(api.body.errors[0]).toEqual({
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
        locations: [{ line: 1, column: 3 }],
        path: ['categories'],
      });
      expect(JSON.stringify(api.body)).not.toMatch(/stack|select|typeorm|at \//i);
    } finally {
      await down.close().catch(() => undefined);
    }
  });
});
