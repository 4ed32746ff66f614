import type { Application } from 'express';
import { startTestApp, type TestApp } from './support/test-app.js';
import { MetricsServer } from '../apps/api/src/observability/metrics-server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const METRICS_TOKEN = 'metrics-token-for-the-test-1234';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(input: { email: $email, password: $password }) { __typename }
}`;

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** The value of one sample in Prometheus text, e.g. `vejviser_graphql_operations_total{operation="X",type="query"}`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('observability: request ids, health and metrics (default: metrics off)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.app.close().catch(() => undefined);
  });

  it('answers every request with an X-Request-Id of its own, ignoring one sent by a caller that is not a trusted proxy', async () => {
    const own = await fetch(`${t.url}/health/live`);
    expect(own.headers.get('x-request-id')).toMatch(UUID);
    const other = await fetch(`${t.url}/health/live`);
    expect(other.headers.get('x-request-id')).not.toBe(own.headers.get('x-request-id'));

    const sent = await post(t.url, '{ __typename }', {}, { 'x-request-id': 'proxy-id-123' });
    expect(sent.headers.get('x-request-id')).toMatch(UUID);
  });

  it('takes the proxy X-Request-Id when the peer is a trusted proxy (trust proxy), unless it is unusable', async () => {
    const express = t.app.getHttpAdapter().getInstance() as Application;
    express.set('trust proxy', 'loopback');
    try {
      const trusted = await post(t.url, '{ __typename }', {}, { 'x-request-id': 'proxy-id-123' });
      expect(trusted.headers.get('x-request-id')).toBe('proxy-id-123');
      const unusable = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'anna@example.org' } });
      expect(unusable.headers.get('x-request-id')).toMatch(UUID);
      const tooLong = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'x'.repeat(200) } });
      expect(tooLong.headers.get('x-request-id')).toMatch(UUID);
    } finally {
      express.set('trust proxy', false);
    }
  });

  it('has no /metrics unless METRICS is on', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
  });

  it('answers /health/live, /health/ready and /health', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });
  });

  it('is not ready once the database is gone, while still live', async () => {
    await t.database.close();
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'error', database: { status: 'error' } });
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
  });
});

describe('observability: /metrics on the public port with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ metrics: { enabled: true, token: METRICS_TOKEN } });
  });
  afterAll(() => t.close());

  const scrape = (token?: string) => fetch(`${t.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('refuses a scrape without the token, or with another one', async () => {
    const without = await scrape();
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toContain('Bearer');
    expect((await scrape('wrong-token-of-the-same-length!')).status).toBe(401);
  });

  it('counts requests, operations, errors by code, and shows jobs, mail and the database pool', async () => {
    await post(t.url, SIGN_IN, { email: 'lone.hansen@example.org', password: 'forkert-kodeord' });
    await post(t.url, 'query Broken { noSuchField }');
    await post(t.url, '{ municipality(code: "0217") { name } }');
    const res = await scrape(METRICS_TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();

    expect(sample(text, 'vejviser_graphql_operations_total', { operation: 'SignIn', type: 'mutation' })).toBe(1);
    expect(sample(text, 'vejviser_graphql_operation_duration_seconds_count', { operation: 'SignIn', type: 'mutation' })).toBe(1);
    expect(sample(text, 'vejviser_graphql_operations_total', { operation: '(municipality)', type: 'query' })).toBe(1);
    expect(sample(text, 'vejviser_graphql_errors_total', { code: 'AUTHENTICATION_FAILED', kind: 'result' })).toBe(1);
    expect(sample(text, 'vejviser_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED', kind: 'graphql' })).toBe(1);
    expect(sample(text, 'vejviser_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBe(2);
    expect(sample(text, 'vejviser_http_requests_total', { method: 'GET', route: '/metrics', status: '401' })).toBe(2);

    expect(sample(text, 'vejviser_jobs', { queue: 'mail.send', state: 'created' })).toBe(0);
    expect(sample(text, 'vejviser_jobs', { queue: 'mail.send.dead', state: 'created' })).toBe(0);
    for (const status of ['QUEUED', 'SENDING', 'SENT', 'FAILED']) expect(sample(text, 'vejviser_mail_messages', { status })).toBe(0);
    expect(sample(text, 'vejviser_db_pool_connections', { state: 'max' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'vejviser_db_pool_connections', { state: 'waiting' })).toBeGreaterThanOrEqual(0);
    expect(text).toContain('process_resident_memory_bytes');
    // Only schema names and codes: nothing the caller typed.
    expect(text).not.toContain('lone.hansen');
  });
});

describe('observability: /metrics on METRICS_PORT only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ metrics: { enabled: true, port: 0, host: '127.0.0.1' } });
  });
  afterAll(() => t.close());

  it('serves metrics on its own loopback port and not on the public one', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    const port = t.app.get(MetricsServer).port;
    expect(port).toEqual(expect.any(Number));
    await post(t.url, 'query Hello { __typename }');
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(sample(await res.text(), 'vejviser_graphql_operations_total', { operation: 'Hello', type: 'query' })).toBe(1);
    expect((await fetch(`http://127.0.0.1:${port}/andet`)).status).toBe(404);
  });
});
