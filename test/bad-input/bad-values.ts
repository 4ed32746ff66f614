import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

// What a careless client or an attacker sends, by the type the schema expects there.

const CONTROL = '\u0001\u0002\u001b[31m';
const STRINGS: unknown[] = [
  null,
  12345,
  '',
  '   ',
  'x'.repeat(20_000),
  '\u0000',
  'a\u0000b',
  '\ud800',
  'a\udfffb',
  CONTROL,
  'tlf. \u202e21 43 65 87',
  '😀👨‍👩‍👧‍👦 Æblegrød',
  '230774-1754',
  'Borger (cpr nr 2307741754)',
  "'; DROP TABLE offer; --",
  '%00%27',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '9'.repeat(400),
  { nested: 'object' },
];
const IDS: unknown[] = [
  null,
  '',
  'x',
  '00000000-0000-0000-0000-000000000000',
  'a\u0000',
  '\ud800',
  CONTROL,
  '1'.repeat(2000),
  12,
  'ab230774-1754-4000-8000-000000000000',
  ['list'],
];
const INTS: unknown[] = [null, 0, -1, 2147483647, -2147483648, 2147483648, 1.5, '1', true];
const FLOATS: unknown[] = [null, 0, -1, 1e308, -1e308, 5e-324, '1'];
const BOOLEANS: unknown[] = [null, 'true', 0];
const DATE_TIMES: unknown[] = [
  null,
  '',
  '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2027-03-28T02:30',
  '2026-10-25T02:30',
  'i morgen',
  1e15,
  '2026-12-12T23:30\u0000',
];
const LOCAL_DATES: unknown[] = [null, '', '2026-02-30', '0000-01-01', '99999-01-01', '-0001-01-01', 'i dag', 20261212, '2026-12-12\u0000'];
const ENUMS: unknown[] = [null, 'NOPE', '', 1, 'a\u0000'];
const OBJECTS: unknown[] = [null, {}, 'x', { unknownField: 1 }, { __proto__: { admin: true } }];

/** The bad values for a place of type `type`; `item` is a good item, for the over-long list. */
export function badValuesFor(type: GraphQLInputType, item: unknown): unknown[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [[], [null], 'not a list', Array.from({ length: 10_000 }, () => item)];
  if (isInputObjectType(inner)) return OBJECTS;
  if (isEnumType(inner)) return ENUMS;
  switch (getNamedType(inner).name) {
    case 'ID':
      return IDS;
    case 'Int':
      return INTS;
    case 'Float':
      return FLOATS;
    case 'Boolean':
      return BOOLEANS;
    case 'DateTime':
      return DATE_TIMES;
    case 'LocalDate':
      return LOCAL_DATES;
    default:
      return STRINGS;
  }
}
