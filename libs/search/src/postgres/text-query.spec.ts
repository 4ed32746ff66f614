import {
  buildTextQuery,
  compileSynonyms,
  compoundParts,
  correctWords,
  splitCandidates,
  NO_SYNONYMS,
  type WordFacts,
} from './text-query.js';

/** Words with stand-in stems: a trailing "e", "er" or "en" dropped; "og", "i", "til" are stop words. */
const w = (word: string) => ({ word, stem: ['og', 'i', 'til'].includes(word) ? '' : word.replace(/(e|er|en)$/, '') });
const words = (text: string) => text.split(' ').map(w);
const facts = (entries: Record<string, Partial<WordFacts>> = {}) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, { known: true, candidates: [], compounds: [], prefixed: true, ...v }]));

const SYNONYMS = compileSynonyms([
  [words('bup'), words('borne og ungdomspsykiatri')],
  [words('bostotte'), words('85'), words('socialpaedagogisk stotte')],
  [words('misbrug'), words('rusmiddel')],
]);

describe('buildTextQuery', () => {
  it('joins the words, with the last one also as a prefix', () => {
    const q = buildTextQuery(words('angst unge'), NO_SYNONYMS, facts(), new Set(), '&')!;
    expect(q.strict).toBe('angst & unge:*');
    expect(q.full).toBe('(angst | angst:*) & unge:*');
    expect(q.groups).toEqual(['(angst | angst:*)', 'unge:*']);
    expect(buildTextQuery(words('angst unge'), NO_SYNONYMS, facts(), new Set(), '|')!.strict).toBe('angst | unge:*');
    expect(buildTextQuery([], NO_SYNONYMS, facts(), new Set(), '&')).toBeNull();
  });

  it('leaves stop words to the database, and searches a query of only stop words as typed', () => {
    expect(buildTextQuery(words('hjaelp til unge'), NO_SYNONYMS, facts(), new Set(), '&')!.strict).toBe('hjaelp & unge:*');
    expect(buildTextQuery(words('og i'), NO_SYNONYMS, facts(), new Set(), '&')!.strict).toBe('og & i:*');
  });

  it('expands a word to its synonym group, a term of several words as a phrase', () => {
    const q = buildTextQuery(words('bup udskrivning'), SYNONYMS, facts(), new Set(), '&')!;
    expect(q.strict).toBe('(bup | (borne <-> og <-> ungdomspsykiatri)) & udskrivning:*');
    const last = buildTextQuery(words('bostotte'), SYNONYMS, facts(), new Set(), '&')!;
    expect(last.strict).toBe('(bostotte:* | bostotte | 85 | (socialpaedagogisk <-> stotte))');
  });

  it('matches synonym terms by stem and the longest term first, across stop words', () => {
    expect(buildTextQuery(words('bostotten'), SYNONYMS, facts(), new Set(), '&')!.strict).toContain('(socialpaedagogisk <-> stotte)');
    const phrase = buildTextQuery(words('borne og ungdomspsykiatrien unge'), SYNONYMS, facts(), new Set(), '&')!;
    expect(phrase.strict).toBe('(bup | (borne <-> og <-> ungdomspsykiatri)) & unge:*');
    expect(phrase.groups).toHaveLength(2);
  });

  it('adds indexed compounds that end in a word, and a typed compound as its parts', () => {
    const q = buildTextQuery(
      words('fravaer selvmordsforebyggelse'),
      NO_SYNONYMS,
      facts({ fravaer: { compounds: ['skolefravaer'] } }),
      new Set(['selvmord', 'forebyggelse']),
      '&',
    )!;
    expect(q.strict).toBe('fravaer & selvmordsforebyggelse:*');
    expect(q.full).toBe('(fravaer | fravaer:* | skolefravaer) & (selvmordsforebyggelse:* | (selvmord:* & forebyggelse))');
  });

  it("uses a compound's first part's synonyms", () => {
    const q = buildTextQuery(words('rusmiddelbehandling'), SYNONYMS, facts(), new Set(['behandling']), '&')!;
    expect(q.full).toBe('(rusmiddelbehandling:* | ((rusmiddel:* | misbrug:*) & behandling))');
  });
});

describe('matchesNothing', () => {
  it('holds when a word has no indexed word starting with its stem and nothing else to match', () => {
    const typo = facts({ selvskdae: { known: false, prefixed: false } });
    expect(buildTextQuery(words('selvskdae'), NO_SYNONYMS, typo, new Set(), '&')!.matchesNothing).toBe(true);
    expect(buildTextQuery(words('angst selvskdae'), NO_SYNONYMS, typo, new Set(), '&')!.matchesNothing).toBe(true);
    // With | another word may still match; with only unmatched words none can.
    expect(buildTextQuery(words('angst selvskdae'), NO_SYNONYMS, typo, new Set(), '|')!.matchesNothing).toBe(false);
    expect(buildTextQuery(words('selvskdae'), NO_SYNONYMS, typo, new Set(), '|')!.matchesNothing).toBe(true);
  });

  it('does not hold when the word may match through a prefix, a compound, its parts or a synonym', () => {
    const q = (text: string, f: Record<string, Partial<WordFacts>>, parts = new Set<string>()) =>
      buildTextQuery(words(text), SYNONYMS, facts(f), parts, '&')!.matchesNothing;
    expect(q('angs', { angs: { known: false } })).toBe(false);
    expect(q('fravaer', { fravaer: { known: false, prefixed: false, compounds: ['skolefravaer'] } })).toBe(false);
    expect(
      q('selvmordsforebyggelse', { selvmordsforebyggelse: { known: false, prefixed: false } }, new Set(['selvmord', 'forebyggelse'])),
    ).toBe(false);
    expect(q('rusmiddel', { rusmiddel: { known: false, prefixed: false } })).toBe(false);
  });
});

describe('compound splitting', () => {
  it('splits at every point leaving four letters on each side, also dropping a linking s or e', () => {
    expect(splitCandidates('angst')).toEqual([]);
    expect(splitCandidates('selvmordsforebyggelse')).toContainEqual({ head: 'selvmord', tail: 'forebyggelse' });
    expect(splitCandidates('familiebehandling')).toContainEqual({ head: 'famili', tail: 'behandling' });
    expect(splitCandidates('familiebehandling')).toContainEqual({ head: 'familie', tail: 'behandling' });
    expect(compoundParts(words('angst skolefravaer'))).toEqual(expect.arrayContaining(['skole', 'fravaer']));
  });
});

describe('correctWords', () => {
  it('corrects unknown words to an indexed word or a synonym word, and leaves known and short words', () => {
    const f = facts({ angts: { known: false, candidates: ['angst'] }, udskrivelsse: { known: false }, abc: { known: false } });
    const syn = compileSynonyms([[words('udskrivning'), words('udskrivelse')]]);
    expect(correctWords(words('angts udskrivelsse unge abc'), f, syn, 4)).toEqual(['angst', 'udskrivelse', 'unge', 'abc']);
  });
});
