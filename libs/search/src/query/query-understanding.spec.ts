import { foldWord, understandQuery } from './query-understanding.js';

const ALL = { municipalities: true, age: true };
const understand = (text: string) => understandQuery(text, ALL);
/** Nothing read as a situation. */
const NONE = { situationKeys: [], situationText: '' };

describe('query understanding: municipalities', () => {
  it('turns a municipality named in the query into a filter and removes it from the words', () => {
    expect(understand('angst unge Herning')).toEqual({ ...NONE, text: 'angst unge', municipalityCodes: ['0657'], age: null });
    expect(understand('Herning angst')).toEqual({ ...NONE, text: 'angst', municipalityCodes: ['0657'], age: null });
    expect(understand('bostøtte sønderborg')).toEqual({ ...NONE, text: 'bostøtte', municipalityCodes: ['0540'], age: null });
    expect(understand('bostotte sonderborg').municipalityCodes).toEqual(['0540']);
  });

  it('takes "kommune" with the name, and hyphenated names written either way', () => {
    expect(understand('PPR Herning Kommune')).toEqual({ ...NONE, text: 'PPR', municipalityCodes: ['0657'], age: null });
    expect(understand('ungdomsskole Lyngby-Taarbæk').municipalityCodes).toEqual(['0173']);
    expect(understand('ungdomsskole lyngby taarbæk')).toEqual({ ...NONE, text: 'ungdomsskole', municipalityCodes: ['0173'], age: null });
    expect(understand('ungdomsskole høje-taastrup kommune').text).toBe('ungdomsskole');
  });

  it('knows the old spellings and a few short forms', () => {
    expect(understand('misbrug Århus').municipalityCodes).toEqual(['0751']);
    expect(understand('misbrug Aarhus').municipalityCodes).toEqual(['0751']);
    expect(understand('socialvagt kbh').municipalityCodes).toEqual(['0101']);
    expect(understand('PPR Lyngby').municipalityCodes).toEqual(['0173']);
  });

  it('finds several municipalities', () => {
    expect(understand('SSP Furesø Allerød')).toEqual({ ...NONE, text: 'SSP', municipalityCodes: ['0190', '0201'], age: null });
  });

  it('leaves a query that is only a name as words', () => {
    expect(understand('Herning')).toEqual({ ...NONE, text: 'Herning', municipalityCodes: [], age: null });
    expect(understand('Herning Kommune')).toEqual({ ...NONE, text: 'Herning Kommune', municipalityCodes: [], age: null });
  });

  it('does not read names inside other words or words that are also names without "kommune"', () => {
    expect(understand('herningmodellen distrikt nord').municipalityCodes).toEqual([]);
    expect(understand('hjælp til at finde vejen videre')).toEqual({
      ...NONE,
      text: 'hjælp til at finde vejen videre',
      municipalityCodes: [],
      age: null,
    });
    expect(understand('bostøtte Vejen Kommune')).toEqual({ ...NONE, text: 'bostøtte', municipalityCodes: ['0575'], age: null });
    expect(understand('odder i åen').municipalityCodes).toEqual([]);
  });

  it('does nothing when told not to', () => {
    expect(understandQuery('angst Herning 17 år', { municipalities: false, age: false })).toEqual({
      ...NONE,
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
    expect(understand(text)).toEqual({ ...NONE, text: rest, municipalityCodes: [], age });
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
      expect(understand(text)).toEqual({ ...NONE, text, municipalityCodes: [], age: null });
    }
  });

  it('reads an age and a municipality together, and then needs no other words', () => {
    expect(understand('overgang 18 år Herning')).toEqual({ ...NONE, text: 'overgang', municipalityCodes: ['0657'], age: 18 });
    expect(understand('17-årig Herning')).toEqual({ ...NONE, text: '', municipalityCodes: ['0657'], age: 17 });
  });
});

describe('query understanding: situations', () => {
  it('reads the words and abbreviations professionals use, most specific situation only', () => {
    expect(understand('udskrivning BUP Helsingør')).toEqual({
      text: '',
      municipalityCodes: ['0217'],
      age: null,
      situationKeys: ['discharge-child-youth-psychiatry'],
      situationText: 'udskrivning BUP',
    });
    expect(understand('udskrivning BUP selvmordsforsøg Helsingør 17-årig')).toEqual({
      text: '',
      municipalityCodes: ['0217'],
      age: 17,
      situationKeys: ['discharge-child-youth-psychiatry', 'suicidal-behaviour'],
      situationText: 'udskrivning BUP selvmordsforsøg',
    });
    expect(understand('udskrivelse fra psykiatrien Furesø').situationKeys).toEqual(['discharge']);
    expect(understand('udskrivning voksenpsykiatri Furesø').situationKeys).toEqual(['discharge-adult-psychiatry']);
    expect(understand('børne- og ungdomspsykiatrien Herning').situationKeys).toEqual(['discharge-child-youth-psychiatry']);
    expect(understand('selvskade 14-årig').situationKeys).toEqual(['self-harm']);
    expect(understand('dobbeltdiagnose misbrug Herning')).toMatchObject({ text: 'misbrug', situationKeys: ['dual-diagnosis'] });
  });

  it('reads "fylder 18" and "18-års overgang" as the transition, not as an age', () => {
    expect(understand('fylder 18 Helsingør')).toEqual({
      text: '',
      municipalityCodes: ['0217'],
      age: null,
      situationKeys: ['transition-18'],
      situationText: 'fylder 18',
    });
    expect(understand('18-års overgang Sønderborg')).toMatchObject({
      age: null,
      situationKeys: ['transition-18'],
      municipalityCodes: ['0540'],
    });
    expect(understand('17-årig der fylder 18 år Herning')).toMatchObject({ age: 17, situationKeys: ['transition-18'], text: 'der' });
  });

  it('keeps situation words as words when nothing else is asked', () => {
    for (const text of ['BUP', 'BUP udskrivning', 'selvmordsforsøg', 'udskrivelse fra psykiatrien'])
      expect(understand(text)).toEqual({ ...NONE, text, municipalityCodes: [], age: null });
  });

  it('understands situation words beside a filter the caller gives', () => {
    expect(understandQuery('BUP udskrivning', { municipalities: false, age: true, filtered: true })).toMatchObject({
      text: '',
      situationKeys: ['discharge-child-youth-psychiatry'],
    });
  });

  it('does not read compounds or other inflections as situations', () => {
    expect(understand('udskrivningsmentor Helsingør')).toMatchObject({ text: 'udskrivningsmentor', situationKeys: [] });
    expect(understand('udskrivningskoordinator glostrup').situationKeys).toEqual([]);
    expect(understand('efterladte selvmord Herning').situationKeys).toEqual([]);
  });

  it('does nothing with situations when told not to', () => {
    expect(understandQuery('udskrivning BUP Helsingør', { ...ALL, situations: false })).toEqual({
      ...NONE,
      text: 'udskrivning BUP',
      municipalityCodes: ['0217'],
      age: null,
    });
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
