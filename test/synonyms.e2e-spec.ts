import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

describe('synonym groups over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('lists groups for anyone and answers typed results to an administrator', async () => {
    const list = await app.graphql<{ synonymGroups: { terms: string[] }[] }>(`{ synonymGroups { id terms updatedAt } }`);
    expect(list.data!.synonymGroups.some((g) => g.terms.includes('BUP'))).toBe(true);
    const token = await signInAsAdmin(app);
    const mutation = `mutation ($terms: [String!]!) { createSynonymGroup(input: { terms: $terms }) {
      __typename ... on SynonymGroup { terms } ... on ValidationError { fieldErrors { path message } } ... on ConflictError { message } } }`;
    const created = await app.graphql<{ createSynonymGroup: Record<string, unknown> }>(mutation, { terms: ['SKP', 'x'] }, { token });
    expect(created.data!.createSynonymGroup.__typename).toBe('ConflictError');
    const invalid = await app.graphql<{ createSynonymGroup: Record<string, unknown> }>(mutation, { terms: ['ensomhed'] }, { token });
    expect(invalid.data!.createSynonymGroup).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.terms', message: 'Skriv mindst to ord eller udtryk, der betyder det samme.' }],
    });
    const good = await app.graphql<{ createSynonymGroup: Record<string, unknown> }>(
      mutation,
      { terms: ['ensomhed', 'isolation'] },
      { token },
    );
    expect(good.data!.createSynonymGroup).toEqual({ __typename: 'SynonymGroup', terms: ['ensomhed', 'isolation'] });
  });
});
