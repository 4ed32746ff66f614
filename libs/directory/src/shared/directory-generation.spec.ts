import type { DataSource } from 'typeorm';
import { DirectoryGeneration } from './directory-generation.js';

// Over a stand-in for the database whose reads answer when told: `generation` is what search_generation holds
// when a read is sent. The real table and its triggers: test/search-cache.e2e-spec.ts and .pg-spec.ts.
describe('DirectoryGeneration', () => {
  it('shares generation reads between callers, but never hands a caller a read sent before it asked', async () => {
    const pending: { generation: number; answer: (rows: unknown) => void }[] = [];
    const state = { generation: 1 };
    const dataSource = {
      query: () => new Promise<unknown>((answer) => pending.push({ generation: state.generation, answer })),
    } as Pick<DataSource, 'query'> as DataSource;
    const generations = new DirectoryGeneration(dataSource);
    const reply = () => {
      const read = pending.shift()!;
      read.answer([{ generation: String(read.generation) }]);
    };
    const first = generations.current();
    state.generation = 2; // committed after the first read was sent, before the next callers asked
    const later = [generations.current(), generations.current(), generations.current()];
    expect(pending).toHaveLength(1);
    reply();
    expect(await first).toBe('1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(pending).toHaveLength(1);
    reply();
    expect(await Promise.all(later)).toEqual(['2', '2', '2']);
  });
});
