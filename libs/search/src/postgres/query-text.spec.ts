import { buildTsQuery, closestWord, editDistance, highlightToHtml, MARK_END, MARK_START, splitWords } from './query-text.js';

describe('query text', () => {
  it('splits a folded query into words, dropping punctuation', () => {
    expect(splitWords('udskrivning, fra psykiatri!')).toEqual(['udskrivning', 'fra', 'psykiatri']);
    expect(splitWords('  ')).toEqual([]);
  });

  it('joins words with the operator and lets the last word match as a prefix', () => {
    expect(buildTsQuery(['angst', 'ung'], '&')).toBe('angst & ung:*');
    expect(buildTsQuery(['angst', 'ung'], '|')).toBe('angst | ung:*');
    expect(buildTsQuery([], '&')).toBeNull();
  });

  it('escapes HTML and turns the private markers into <mark>', () => {
    expect(highlightToHtml(`a <b> & ${MARK_START}angst${MARK_END}`)).toBe('a &lt;b&gt; &amp; <mark>angst</mark>');
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('angts', 'angst')).toBe(1);
    expect(editDistance('spisefortyrrelser', 'spiseforstyrrelser')).toBe(1);
    expect(editDistance('murerholdet', 'brolaeggerholdet')).toBeGreaterThan(3);
  });

  it('corrects within one edit per four letters, and never into a word that only shares an ending', () => {
    expect(closestWord('angts', ['angst', 'angstforeningen'])).toBe('angst');
    expect(closestWord('selvmorsforebyggelse', ['selvmordsforebyggelse'])).toBe('selvmordsforebyggelse');
    expect(closestWord('xylofonundervisning', ['undervisning'])).toBeNull();
    expect(closestWord('brolaeggerholdet', ['murerholdet'])).toBeNull();
  });
});
