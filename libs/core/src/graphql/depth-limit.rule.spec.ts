import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from './depth-limit.rule.js';

const schema = buildSchema(`type Contact { name: String deputy: Contact } type Query { contact: Contact }`);
const errorsFor = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]);

describe('depthLimit', () => {
  it('lets an operation at the limit through', () => {
    expect(errorsFor('{ contact { deputy { name } } }', 3)).toEqual([]);
  });

  it('rejects one level deeper, with the depth in the message', () => {
    const errors = errorsFor('{ contact { deputy { deputy { name } } } }', 3);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('4 niveauer');
  });

  it('follows fragments, including nested and inline ones', () => {
    const query = `{ contact { ...d } } fragment d on Contact { deputy { ... on Contact { deputy { ...n } } } } fragment n on Contact { name }`;
    expect(errorsFor(query, 3)).toHaveLength(1);
    expect(errorsFor(query, 4)).toEqual([]);
  });
});
