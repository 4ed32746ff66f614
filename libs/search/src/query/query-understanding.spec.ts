import { foldWord, understandQuery } from './query-understanding.js';

const ALL = { municipalities: true, age: true };
const understand = (text: string) => understandQuery(text, ALL);

describe('query understanding: municipalities', () => {
  it('turns a municipality named in the query into a filter and removes it from the words', () => {
    expect(understand('angst unge Herning')).toEqual({ text: 'angst unge', municipalityCodes: ['0657'], age: null });
    expect(understand('Herning angst')).toEqual({ text: 'angst', municipalityCodes: ['0657'], age: null });
    expect(understand('bostøtte sønderborg')).toEqual({ text: 'bostøtte', municipalityCodes: ['0540'], age: null });
    expect(understand('bostotte sonderborg').municipalityCodes).toEqual(['0540']);
  });

  it('takes "kommune" with the name, and hyphenated names written either way', () => {
    expect(understand('PPR Herning Kommune')).toEqual({ text: 'PPR', municipalityCodes: ['0657'], age: null });
    expect(understand('ungdomsskole Lyngby-Taarbæk').municipalityCodes).toEqual(['0173']);
    expect(understand('ungdomsskole lyngby taarbæk')).toEqual({ text: 'ungdomsskole', municipalityCodes: ['0173'], age: null });
    expect(understand('ungdomsskole høje-taastrup kommune').text).toBe('ungdomsskole');
  });

  it('knows the old spellings and a few short forms', () => {
    expect(understand('misbrug Århus').municipalityCodes).toEqual(['0751']);
    expect(understand('misbrug Aarhus').municipalityCodes).toEqual(['0751']);
    expect(understand('socialvagt kbh').municipalityCodes).toEqual(['0101']);
    expect(understand('PPR Lyngby').municipalityCodes).toEqual(['0173']);
  });

  it('finds several municipalities', () => {
    expect(understand('SSP Furesø Allerød')).toEqual({ text: 'SSP', municipalityCodes: ['0190', '0201'], age: null });
  });

  it('leaves a query that is only a name as words', () => {
    expect(understand('Herning')).toEqual({ text: 'Herning', municipalityCodes: [], age: null });
    expect(understand('Herning Kommune')).toEqual({ text: 'Herning Kommune', municipalityCodes: [], age: null });
  });

  it('does not read names inside other words or words that are also names without "kommune"', () => {
    expect(understand('herningmodellen distrikt nord').municipalityCodes).toEqual([]);
    expect(understand('hjælp til at finde vejen videre')).toEqual({
      text: 'hjælp til at finde vejen videre',
      municipalityCodes: [],
      age: null,
    });
    expect(understand('bostøtte Vejen Kommune')).toEqual({ text: 'bostøtte', municipalityCodes: ['0575'], age: null });
    expect(understand('odder i åen').municipalityCodes).toEqual([]);
  });

  it('does nothing when told not to', () => {
    expect(understandQuery('angst Herning 17 år', { municipalities: false, age: false })).toEqual({
      text: 'angst Herning 17 år',
      municipalityCodes: [],
      age: null,
    });
  });
});

describe('query understanding: age', () => {
  it.each([
    ['17-årig angst', 17, 'angst'],
    ['angst 17 årig', 17, 'angst'],
    ['17årig pige angst', 17, 'pige angst'],
    ['17-årige med angst', 17, 'med angst'],
    ['mentor 16 år', 16, 'mentor'],
    ['sorg 8 år', 8, 'sorg'],
    ['dreng 12 års alderen', 12, 'dreng alderen'],
    ['0-årig sundhedspleje', 0, 'sundhedspleje'],
  ])('reads "%s" as age %d', (text, age, rest) => {
    expect(understand(text)).toEqual({ text: rest, municipalityCodes: [], age });
  });

  it('leaves ranges, bounds, two ages and impossible ages as words', () => {
    for (const text of [
      'unge 15-18 år',
      'unge 15–18 år',
      'unge under 18 år',
      'over 25 år',
      'fra 16 år',
      '15 år og 17 år',
      'borger 130 år',
    ]) {
      expect(understand(text)).toEqual({ text, municipalityCodes: [], age: null });
    }
  });

  it('reads an age and a municipality together, and then needs no other words', () => {
    expect(understand('overgang 18 år Herning')).toEqual({ text: 'overgang', municipalityCodes: ['0657'], age: 18 });
    expect(understand('17-årig Herning')).toEqual({ text: '', municipalityCodes: ['0657'], age: 17 });
  });
});

describe('foldWord', () => {
  it('folds as the database does', () => {
    expect(foldWord('Sønderborg')).toBe('sonderborg');
    expect(foldWord('Ærø')).toBe('aero');
    expect(foldWord('Århus')).toBe('arhus');
    expect(foldWord('Café')).toBe('cafe');
  });
});
