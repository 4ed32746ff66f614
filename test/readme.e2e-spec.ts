import { readFileSync } from 'node:fs';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';

/** The README promises its GraphQL examples run verbatim against the demo data. */
function readmeExamples(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('README examples', () => {
  let t: TestApp;
  /** The README's mutations need a signed-in editor or administrator; its examples run as one. */
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    adminToken = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  it('has examples to run', () => {
    expect(readmeExamples().length).toBeGreaterThanOrEqual(6);
  });

  it.each(readmeExamples().map((query) => [query.split('\n')[0].slice(0, 60), query]))('runs %s', async (_title, query) => {
    const res = await t.graphql(query, await variablesFor(query), { token: adminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeDefined();
    // Mutations other than the deliberately invalid ones (an empty name, a CPR number) must succeed.
    const typenames = JSON.stringify(res.data).match(/"__typename":"(\w+)"/g) ?? [];
    if (!query.includes('name: ""') && !query.includes('230774-1754')) expect(typenames.filter((n) => n.includes('Error'))).toEqual([]);
  });

  // Last: signed out, the mutations are refused (or, for a registration made above, a conflict); a
  // reader who runs an example signed out must see why, so every error answer carries its message.
  it('says why a mutation example is refused when run signed out', async () => {
    const mutations = readmeExamples().filter((query) => query.trimStart().startsWith('mutation'));
    expect(mutations.length).toBeGreaterThanOrEqual(10);
    for (const query of mutations) {
      const res = await t.graphql(query, await variablesFor(query));
      expect(res.errors).toBeUndefined();
      const answer = Object.values(res.data ?? {})[0] as { __typename: string; message?: string };
      if (answer.__typename.endsWith('Error')) expect({ query, message: answer.message }).toEqual({ query, message: expect.any(String) });
    }
  });

  async function variablesFor(query: string): Promise<Record<string, unknown>> {
    const variables: Record<string, unknown> = {};
    if (query.includes('$org')) {
      const orgs = await t.graphql<{ organisations: { edges: { node: { id: string } }[] } }>(
        `{ organisations(filter: { municipality: "0219" }, first: 1) { edges { node { id } } } }`,
      );
      variables.org = orgs.data!.organisations.edges[0].node.id;
    }
    if (query.includes('$network') || query.includes('$themeDay')) {
      const days = await t.graphql<{ themeDays: { edges: { node: { id: string; network: { id: string } } }[] } }>(
        `{ themeDays(filter: { }, first: 1) { edges { node { id network { id } } } } }`,
        {},
        { token: adminToken },
      );
      variables.themeDay = days.data!.themeDays.edges[0].node.id;
      variables.network = days.data!.themeDays.edges[0].node.network.id;
    }
    if (query.includes('$leaving')) {
      // A person and a function line of Hillerød Kommune, for the turnover example.
      const first = async (kind: string) =>
        (
          await t.graphql<{ contacts: { edges: { node: { id: string } }[] } }>(
            `query ($k: ContactKind) { contacts(filter: { municipality: "0219", sector: MUNICIPAL, kind: $k }, first: 1) { edges { node { id } } } }`,
            { k: kind },
          )
        ).data!.contacts.edges[0].node.id;
      variables.leaving = await first('PERSON');
      variables.successor = await first('FUNCTION');
    }
    return variables;
  }
});
