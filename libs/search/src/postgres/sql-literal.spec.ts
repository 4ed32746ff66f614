import { inlineParams, quoteLiteral } from './sql-literal.js';

describe('inlineParams', () => {
  it('puts each value in as the literal text node-postgres would send', () => {
    expect(inlineParams('SELECT $1, $2::int, $10', ['a', 17, null, 4, 5, 6, 7, 8, 9, true])).toBe(`SELECT 'a', '17'::int, 'true'`);
    expect(inlineParams('x = ANY($1::text[])', [['0217', null]])).toBe(`x = ANY('{"0217",NULL}'::text[])`);
    // The array's own escape is a backslash: the literal is then E'…' with it doubled.
    expect(inlineParams('$1', [['a"b']])).toBe(` E'{"a\\\\"b"}'`);
  });

  it('quotes whatever a value holds so that it stays one literal', () => {
    expect(quoteLiteral(`Bo's'; DROP TABLE x; --`)).toBe(`'Bo''s''; DROP TABLE x; --'`);
    expect(quoteLiteral("a\\b'")).toBe(` E'a\\\\b'''`);
    expect(inlineParams('$1', [['back\\slash']])).toBe(` E'{"back\\\\\\\\slash"}'`);
  });

  it('refuses a placeholder without a value and a number that is not finite', () => {
    expect(() => inlineParams('$2', ['a'])).toThrow('$2');
    expect(() => inlineParams('$1', [Number.NaN])).toThrow('NaN');
  });
});
