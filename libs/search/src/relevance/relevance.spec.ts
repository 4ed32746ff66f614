import {
  PostgresSearchEngine,
  RELEVANCE_CASES,
  RELEVANCE_FLOOR,
  SearchService,
  belowFloor,
  engineSearch,
  evaluateRelevance,
  formatReport,
  loadRelevanceCatalogue,
  serviceSearch,
} from '#search';
import { createTestContext, type TestContext } from '#testing';

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext({ demo: true });
});
afterAll(() => t?.close());

describe('relevance suite on the PostgreSQL engine', () => {
  it('meets the floor on the demo data', async () => {
    const catalogue = await loadRelevanceCatalogue(t.database.dataSource);
    const service = t.context.get(SearchService);
    const report = await evaluateRelevance(engineSearch(service, t.context.get(PostgresSearchEngine)), catalogue, RELEVANCE_CASES);
    const shortfalls = belowFloor(report, RELEVANCE_FLOOR);
    if (shortfalls.length) throw new Error(`${shortfalls.join('; ')}\n${formatReport(report)}`);
    expect(report.cases).toHaveLength(RELEVANCE_CASES.length);
  });

  it('gives the same answers through SearchService as straight from the engine', async () => {
    const service = t.context.get(SearchService);
    const viaService = serviceSearch(service);
    const viaEngine = engineSearch(service, t.context.get(PostgresSearchEngine));
    for (const query of ['angst unge Herning', '17-årig angst', 'BUP', 'bostøte']) {
      expect({ query, ids: await viaService(query) }).toEqual({ query, ids: await viaEngine(query) });
    }
  });
});
