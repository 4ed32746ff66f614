import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killServerProcesses, startServerProcess, type ServerProcess } from '#testing';

// The built server as a child process in production mode, on embedded PGlite in a temporary folder:
// what it writes to stdout and stderr is what a log collector would get.
const EMAIL = 'lone.hansen@example.org';
const PASSWORD = 'hemmeligt-kodeord-42';
const LINK_TOKEN = 'linktoken9f8e7d6c5b4a';
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(48), SEED_DEMO: 'false' };

let dataDir: string;

interface LogLine {
  level: string;
  message: string;
  context?: string;
  requestId?: string;
  traceId?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  operation?: string | null;
  operationType?: string;
}

function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LogLine);
}

async function graphql(port: number, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { requestId: res.headers.get('x-request-id'), body: (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

async function until<T>(what: string, probe: () => T | undefined, seconds = 20): Promise<T> {
  for (let i = 0; i < seconds * 10; i++) {
    const found = probe();
    if (found !== undefined) return found;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('logs and traces of a production process', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vejviser-observability-'));
  });
  afterAll(async () => {
    killServerProcesses();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('JSON logs', () => {
    let server: ServerProcess;
    let port: number;
    let stdout = '';
    let stderr = '';
    beforeAll(async () => {
      port = await freePort();
      server = startServerProcess({ ...PRODUCTION, DATA_DIR: join(dataDir, 'logs'), PORT: String(port) });
      server.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      server.child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await server.waitUntilHealthy(port);
    }, 90_000);
    afterAll(async () => {
      server.child.kill('SIGTERM');
      await server.exit();
    });

    it('writes one JSON object per line, with the request id, operation and duration of a GraphQL request and no personal data', async () => {
      const signIn = await graphql(
        port,
        `
          mutation SignIn($email: String!, $password: String!) {
            signIn(input: { email: $email, password: $password }) {
              __typename
            }
          }
        `,
        { email: EMAIL, password: PASSWORD },
        // Not from a trusted proxy (TRUST_PROXY is not set): the server makes its own id.
        { 'x-request-id': 'from-a-stranger' },
      );
      expect(signIn.body.data).toEqual({ signIn: { __typename: 'AuthenticationError' } });
      expect(signIn.requestId).toMatch(/^[0-9a-f-]{36}$/);
      // The e-mail written into the query text itself, as some clients do.
      await graphql(port, `mutation Reset { requestPasswordReset(email: "${EMAIL}") { __typename } }`);
      await graphql(port, `{ signIn(input: { email: "${EMAIL}" }) { __typename } }`);

      const line = await until('the sign-in log line', () => logLines(stdout).find((l) => l.requestId === signIn.requestId));
      expect(line).toMatchObject({
        level: 'log',
        context: 'HTTP',
        path: '/graphql',
        status: 200,
        operation: 'SignIn',
        operationType: 'mutation',
      });
      expect(line.durationMs).toEqual(expect.any(Number));
      await until('the reset log line', () => logLines(stdout).find((l) => l.operation === 'Reset'));
      await until('the invalid operation log line', () => logLines(stdout).find((l) => l.status === 400));

      const everything = stdout + stderr;
      expect(everything).not.toContain(EMAIL);
      expect(everything).not.toContain('lone.hansen');
      expect(everything).not.toContain(PASSWORD);
      expect(everything).not.toContain('variables');
      expect(everything).not.toContain('from-a-stranger');
      expect(() => logLines(stdout)).not.toThrow();
    });

    it('logs link paths without their token and /overlevering/ark without its question', async () => {
      await fetch(`http://127.0.0.1:${port}/bekraeft/${LINK_TOKEN}`);
      await fetch(`http://127.0.0.1:${port}/temadage/afmeld/${LINK_TOKEN}`);
      await fetch(`http://127.0.0.1:${port}/overlevering/ark?kommune=0217&alder=17&situationer=self-harm`);
      await until('the three log lines', () => {
        const paths = logLines(stdout).map((l) => l.path);
        return (
          ['/bekraeft/[token]', '/temadage/afmeld/[token]', '/overlevering/ark?[fjernet]'].every((p) => paths.includes(p)) || undefined
        );
      });
      const everything = stdout + stderr;
      expect(everything).not.toContain(LINK_TOKEN);
      expect(everything).not.toContain('alder=17');
      expect(everything).not.toContain('self-harm');
    });
  });

  describe('OpenTelemetry', () => {
    let receiver: Server;
    const batches: unknown[] = [];

    beforeAll(async () => {
      // A stand-in OTLP/HTTP collector on loopback that keeps what it receives (JSON encoding).
      receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          if (req.url === '/v1/traces') batches.push(JSON.parse(body));
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    });
    afterAll(() => new Promise<void>((done) => receiver.close(() => done())));

    interface Span {
      traceId: string;
      name: string;
      kind: number;
      attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
    }
    const spans = (): Span[] =>
      batches.flatMap((batch) =>
        (batch as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] }).resourceSpans.flatMap((r) =>
          r.scopeSpans.flatMap((s) => s.spans),
        ),
      );
    const attribute = (span: Span, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

    it('sends HTTP, GraphQL and PostgreSQL spans of one request, as one trace, to the configured OTLP endpoint', async () => {
      const port = await freePort();
      const server = startServerProcess({
        ...PRODUCTION,
        DATA_DIR: join(dataDir, 'otel'),
        PORT: String(port),
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as { port: number }).port}`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '200',
        OTEL_SERVICE_NAME: 'vejviser-test',
      });
      let stdout = '';
      server.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      try {
        await server.waitUntilHealthy(port);
        const res = await graphql(
          port,
          `
            query Region {
              municipality(code: "0217") {
                name
                regionHistory {
                  validFrom
                }
              }
            }
          `,
        );
        expect(res.body.errors).toBeUndefined();
        await fetch(`http://127.0.0.1:${port}/bekraeft/${LINK_TOKEN}`);

        const http = await until('the HTTP server span', () =>
          spans().find((s) => s.kind === 2 && attribute(s, 'http.route') === '/graphql'),
        );
        expect(http.name).toBe('POST /graphql');
        const trace = spans().filter((s) => s.traceId === http.traceId);
        expect(trace.some((s) => s.name.startsWith('query') || s.name.startsWith('graphql.'))).toBe(true);
        expect(trace.find((s) => attribute(s, 'graphql.operation.name') === 'Region')).toBeDefined();
        const sql = await until('a PostgreSQL span', () =>
          spans().find(
            (s) =>
              (s.traceId === http.traceId && attribute(s, 'db.system.name') === 'postgresql') ||
              (s.traceId === http.traceId && attribute(s, 'db.system') === 'postgresql'),
          ),
        );
        expect(sql.kind).toBe(3); // CLIENT

        const link = await until('the link span', () => spans().find((s) => attribute(s, 'http.route') === '/bekraeft/:token'));
        expect(JSON.stringify(link)).not.toContain(LINK_TOKEN);

        // The request's log line carries the trace id, so logs and traces meet.
        const line = await until('the log line', () => logLines(stdout).find((l) => l.requestId === res.requestId));
        expect(line.traceId).toBe(http.traceId);
      } finally {
        server.child.kill('SIGTERM');
        await server.exit();
      }
    }, 120_000);
  });
});
