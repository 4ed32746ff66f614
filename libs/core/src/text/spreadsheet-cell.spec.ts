import { neutraliseFormula } from './spreadsheet-cell.js';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before every cell a spreadsheet would read as a formula', () => {
    for (const cell of ['=1+1', '+45 12 34 56 78', '-2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves other text as it is', () => {
    for (const cell of ['', 'Ungecenteret', 'Telefon: +45 12 34 56 78', ' =1', "'=1", '13-30 år']) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });
});
