import { compareAscii, rankOf, ranks } from './ranks.js';

describe('ranks', () => {
  it('ranks rows in the order given, equal keys sharing a rank, and puts a row missing from the ranking last', () => {
    // As the database might order them: its collation, not JavaScript's, decides where "Åse" goes.
    const ordered = [
      { id: 'c', name: 'Anna' },
      { id: 'a', name: 'Anna' },
      { id: 'b', name: 'Åse' },
      { id: 'd', name: 'Bo' },
      { id: 'e', name: null },
    ];
    const rank = ranks(ordered, (row) => row.name);
    expect(['c', 'a', 'b', 'd', 'e'].map((id) => rank.get(id))).toEqual([0, 0, 1, 2, 3]);
    expect(rankOf(rank, 'missing')).toBeGreaterThan(rankOf(rank, 'e'));
    expect(rankOf(rank, null)).toBe(rankOf(rank, 'missing'));
  });

  it('breaks ties by id as PostgreSQL orders UUIDs', () => {
    const ids = ['9b2e0c1a-0000-4000-8000-000000000000', '0a2e0c1a-0000-4000-8000-000000000000', 'fb2e0c1a-0000-4000-8000-000000000000'];
    expect([...ids].sort(compareAscii)).toEqual([ids[1], ids[0], ids[2]]);
  });
});
