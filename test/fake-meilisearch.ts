import { createServer, type IncomingMessage, type Server } from 'node:http';

/**
 * A stand-in for a Meilisearch server on loopback, for what this machine cannot run (no
 * Meilisearch can be installed here). It speaks the part of the HTTP API the engine uses
 * (indexes, settings, documents, tasks, swaps, a naive search) and records every request. It checks
 * our side of the protocol and that jobs catch up; it does not check Meilisearch's relevance.
 */
export class FakeMeilisearch {
  readonly requests: { method: string; path: string; body: unknown; authorization?: string }[] = [];
  readonly indexes = new Map<string, Map<string, Record<string, unknown>>>();
  readonly settings = new Map<string, unknown>();
  private readonly server: Server;
  private task = 0;

  private constructor(readonly port: number) {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
  }

  static async start(port: number): Promise<FakeMeilisearch> {
    const fake = new FakeMeilisearch(port);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(port, '127.0.0.1', () => resolve());
    });
    return fake;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  documents(uid = 'vejviser'): Record<string, unknown>[] {
    return [...(this.indexes.get(uid)?.values() ?? [])];
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text ? JSON.parse(text) : null;
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, body, authorization: req.headers.authorization });
    const parts = url.pathname.split('/').filter(Boolean);
    const index = (uid: string) => this.indexes.get(uid);
    const enqueued = (type: string, uid: string | null) => ({
      status: 202,
      body: { taskUid: ++this.task, indexUid: uid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() },
    });
    const notFound = (uid: string) => ({
      status: 404,
      body: { message: `Index \`${uid}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: '' },
    });

    if (parts[0] === 'health') return { status: 200, body: { status: 'available' } };
    if (parts[0] === 'tasks') {
      return {
        status: 200,
        body: { uid: Number(parts[1]), indexUid: null, status: 'succeeded', type: 'documentAdditionOrUpdate', error: null },
      };
    }
    if (parts[0] === 'swap-indexes') {
      for (const { indexes, rename } of body as { indexes: [string, string]; rename?: boolean }[]) {
        const [a, b] = [index(indexes[0]), index(indexes[1])];
        if (rename && a && !b) {
          this.indexes.set(indexes[1], a);
          this.indexes.delete(indexes[0]);
        } else if (a && b) {
          this.indexes.set(indexes[0], b);
          this.indexes.set(indexes[1], a);
        }
      }
      return enqueued('indexSwap', null);
    }
    if (parts[0] !== 'indexes') return { status: 404, body: { message: 'unknown route', code: 'not_found' } };
    if (parts.length === 1 && method === 'POST') {
      this.indexes.set((body as { uid: string }).uid, new Map());
      return enqueued('indexCreation', (body as { uid: string }).uid);
    }
    const uid = parts[1];
    const docs = index(uid);
    if (parts.length === 2 && method === 'GET') return docs ? { status: 200, body: { uid, primaryKey: 'id' } } : notFound(uid);
    if (parts.length === 2 && method === 'DELETE') {
      this.indexes.delete(uid);
      return enqueued('indexDeletion', uid);
    }
    if (!docs) return notFound(uid);
    const rest = parts.slice(2).join('/');
    if (rest === 'stats') return { status: 200, body: { numberOfDocuments: docs.size, isIndexing: false, fieldDistribution: {} } };
    if (rest === 'settings' || rest.startsWith('settings/')) {
      this.settings.set(`${uid}/${rest}`, body);
      return enqueued('settingsUpdate', uid);
    }
    if (rest === 'documents' && method === 'POST') {
      for (const doc of body as Record<string, unknown>[]) docs.set(String(doc.id), doc);
      return enqueued('documentAdditionOrUpdate', uid);
    }
    if (rest === 'documents' && method === 'DELETE') {
      docs.clear();
      return enqueued('documentDeletion', uid);
    }
    if (rest === 'documents/delete-batch') {
      for (const id of body as string[]) docs.delete(id);
      return enqueued('documentDeletion', uid);
    }
    if (rest === 'search')
      return { status: 200, body: this.search(docs, body as { q: string; highlightPreTag?: string; highlightPostTag?: string }) };
    return { status: 404, body: { message: 'unknown route', code: 'not_found' } };
  }

  /** Every document whose title or body contains the query, case-insensitively; highlights in `_formatted`. */
  private search(docs: Map<string, Record<string, unknown>>, params: { q: string; highlightPreTag?: string; highlightPostTag?: string }) {
    const q = (params.q ?? '').toLowerCase();
    const hits = [...docs.values()]
      .filter((d) => `${String(d.title)} ${String(d.body)}`.toLowerCase().includes(q))
      .map((d) => {
        const mark = (text: unknown) =>
          typeof text === 'string' && q
            ? text.replace(
                new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'),
                (m) => `${params.highlightPreTag}${m}${params.highlightPostTag}`,
              )
            : text;
        return { ...d, _rankingScore: 1, _formatted: { ...d, subtitle: mark(d.subtitle), body: mark(d.body) } };
      });
    return {
      hits,
      query: params.q,
      processingTimeMs: 0,
      hitsPerPage: hits.length,
      page: 1,
      totalPages: 1,
      totalHits: hits.length,
      facetDistribution: {},
    };
  }
}
