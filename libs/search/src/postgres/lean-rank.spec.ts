import { leanRanking, parse } from './lean-rank.js';

const STEMS: Record<string, string> = {
  selvskade: 'selvskad',
  selvskadende: 'selvskad',
  adfaerd: 'adfaerd',
  cutting: 'cutting',
  angst: 'angst',
  unge: 'ung',
  rusmiddelbehandling: 'rusmiddelbehandl',
  og: '',
};
const stemOf = (word: string) => STEMS[word];

describe('leanRanking', () => {
  it('ranks by the typed word unless a match holds a word only a synonym adds', () => {
    const lean = leanRanking([['selvskade:*', 'selvskade', '(selvskadende <-> adfaerd)', 'cutting', 'cutting:*']], '&', stemOf);
    // "selvskade" and "selvskadende" have the typed word's stem, so the prefix covers them; "adfaerd" and "cutting" it does not.
    expect(lean).toEqual({ lean: 'selvskade:*', others: 'adfaerd | cutting | cutting:*' });
  });

  it('drops a word its own prefix covers, with nothing left to check', () => {
    expect(leanRanking([['angst', 'angst:*'], ['unge:*']], '&', stemOf)).toEqual({ lean: 'angst:* & unge:*', others: '' });
    expect(leanRanking([['angst', 'angst:*'], ['unge:*']], '|', stemOf)?.lean).toBe('angst:* | unge:*');
  });

  it('keeps a compound of parts, which needs its last part', () => {
    const lean = leanRanking([['rusmiddelbehandling', '((misbrug:* | rusmiddel:*) & behandling)']], '&', stemOf);
    expect(lean).toEqual({ lean: 'rusmiddelbehandling', others: 'misbrug:* | rusmiddel:* | behandling' });
  });

  it('gives none when nothing would be left out, or when it might not score the same', () => {
    expect(leanRanking([['angst:*']], '&', stemOf)).toBeNull();
    // A word of unknown stem never stands for the group, nor counts as covered; a stop word is no word at all.
    expect(leanRanking([['ukendt:*']], '&', stemOf)).toBeNull();
    expect(leanRanking([['ukendt:*', 'cutting']], '&', stemOf)).toEqual({ lean: 'cutting', others: 'ukendt:*' });
    expect(leanRanking([['og', 'cutting']], '&', stemOf)).toEqual({ lean: 'cutting', others: '' });
    // "(cutting | adfaerd)" can hold with either word absent: no single uncovered word makes it false.
    expect(leanRanking([['angst', '(cutting | adfaerd)']], '&', stemOf)).toBeNull();
    // The prefix is not covered by the exact word.
    expect(leanRanking([['angst', 'angst:*A']], '&', stemOf)).toBeNull();
  });
});

describe('parse', () => {
  it('reads words, prefixes, phrases, & and |, and refuses the rest', () => {
    expect(parse('(a <-> b)')).toEqual({
      op: '&',
      children: [{ atom: { word: 'a', prefix: false } }, { atom: { word: 'b', prefix: false } }],
    });
    expect(parse('c:*')).toEqual({ atom: { word: 'c', prefix: true } });
    expect(parse('!a')).toBeNull();
    expect(parse('a:A')).toBeNull();
    expect(parse('a | b & c')).toBeNull();
    expect(parse('(a | b')).toBeNull();
  });
});
