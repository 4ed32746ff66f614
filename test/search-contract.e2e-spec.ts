import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { MeilisearchEngine, PostgresSearchEngine, meilisearchConfig } from '#search';
import { defineSearchEngineContract } from '#testing';

// The one contract every search engine must pass (libs/testing/src/search-contract.ts).
defineSearchEngineContract('postgres', async (context) => ({ engine: context.get(PostgresSearchEngine), close: async () => undefined }));

const url = process.env.MEILI_URL?.trim();
if (url) {
  const apiKey = process.env.MEILI_KEY?.trim() || null;
  // A fresh index per run, deleted afterwards: the suite never touches the live "vejviser" index.
  const indexName = `vejviser_contract_${randomBytes(4).toString('hex')}`;
  defineSearchEngineContract('meilisearch', async (context) => {
    const engine = new MeilisearchEngine(meilisearchConfig(url, apiKey, { indexName }));
    await engine.ensureIndex();
    const groups: { terms: string[] }[] = await context.get(DataSource).query(`SELECT terms FROM search_synonym`);
    await engine.setSynonyms(groups.map((g) => g.terms));
    return {
      engine,
      close: async () => {
        const client = new Meilisearch({ host: url, apiKey: apiKey ?? undefined });
        for (const uid of [indexName, `${indexName}_rebuild`]) await client.deleteIndexIfExists(uid);
      },
    };
  });
} else {
  process.stderr.write('search-contract: MEILI_URL er ikke sat, så kontrakten køres kun mod PostgreSQL (se README, "Meilisearch").\n');
}
