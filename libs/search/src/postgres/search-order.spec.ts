import { randomUUID } from 'node:crypto';
import { PostgresSearchEngine } from '#search';
import { createTestContext, searchDocument, type TestContext } from '#testing';

// Every match is scored in full, so each page is in the order of the score, however many matches there are:
// a short title that is all the query ranks above long titles that also hold it, though its long text
// makes it rank lower by the words alone.
let t: TestContext;
let engine: PostgresSearchEngine;
const organisationId = randomUUID();

const offer = (title: string, body: string) => searchDocument(randomUUID(), organisationId, { title, body });

beforeAll(async () => {
  t = await createTestContext();
  engine = new PostgresSearchEngine(t.database.dataSource);
});
afterAll(() => t?.close());

describe('PostgreSQL search order', () => {
  it('ranks a short title first among 240 longer ones, and pages through every match once in score order', async () => {
    const filler = Array.from(
      { length: 300 },
      (_, i) => `ord${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}`,
    ).join(' ');
    const short = offer('Vinkelroning', filler);
    const long = Array.from({ length: 240 }, () => offer('Vinkelroning på søen for hele familien hver eneste uge', 'Vinkelroning.'));
    await engine.index([...long, short]);

    const first = await engine.search({ text: 'vinkelroning', offset: 0, limit: 10 });
    expect(first.total).toBe(241);
    expect(first.hits[0].id).toBe(short.id);

    const seen: { id: string; score: number }[] = [];
    for (let offset = 0; offset < 241; offset += 50) seen.push(...(await engine.search({ text: 'vinkelroning', offset, limit: 50 })).hits);
    expect(new Set(seen.map((h) => h.id)).size).toBe(241);
    expect(seen.map((h) => h.score)).toEqual([...seen.map((h) => h.score)].sort((a, b) => b - a));
  });
});
