import { getNamedType, getNullableType, isListType } from 'graphql';
import { CPR_CHECK_EXCEPTIONS } from '#core';
import { signInAsAdmin, startTestApp, type TestApp } from './support/test-app.js';
import { argumentsWith, leavesOf, operationText, rootFields, type Leaf, type RootField } from './bad-input/schema-walk.js';
import { changedTables, installWriteCounter, knownIds, type WriteCounter } from './bad-input/write-counter.js';

// Issue 14: no citizen data, anywhere. Every String argument and input field of every operation in the
// committed schema refuses CPR-like text, written any of the usual ways, unless it is on the reviewed list
// of exceptions (CPR_CHECK_EXCEPTIONS: passwords and issued tokens), and nothing is written.

const FORMS = ['230774-1754', '2307741754', '230774 1754', 'Borger (CPR 230774-1754) udskrives', 'cpr nr 2307741754'];

type Result = { __typename?: string; fieldErrors?: { path: string; message: string }[] } | null;
interface Answer {
  data?: Record<string, Result> | null;
  errors?: { extensions?: { code?: string; fieldErrors?: { path: string; message: string }[] } }[];
}

/** String places, each list entered at its first item. */
const stringLeaves = (root: RootField): Leaf[] =>
  leavesOf(root).filter((leaf) => getNamedType(leaf.type).name === 'String' && !isListType(getNullableType(leaf.type)));

describe('CPR-like text in every String input of the schema', () => {
  let t: TestApp;
  let admin: string;
  let writes: WriteCounter;
  let ids: Map<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ jobs: { work: false } });
    admin = await signInAsAdmin(t);
    ids = await knownIds(t.database.dataSource);
    writes = await installWriteCounter(t.database.dataSource);
  });
  afterAll(() => t?.close());

  it('names only fields that exist in its list of exceptions', () => {
    const keys = new Set(rootFields().flatMap((root) => stringLeaves(root).map((leaf) => leaf.key)));
    expect([...CPR_CHECK_EXCEPTIONS.keys()].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('refuses it on the field, in each written form, and writes nothing', async () => {
    const accepted: string[] = [];
    let checked = 0;
    const before = await writes.writes();
    for (const root of rootFields()) {
      for (const leaf of stringLeaves(root).filter((l) => !CPR_CHECK_EXCEPTIONS.has(l.key))) {
        const path = leaf.path.join('.');
        for (const form of FORMS) {
          const args = argumentsWith(root, leaf.path, form, ids);
          const res = await fetch(`${t.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
            body: JSON.stringify({ query: operationText(root, args), variables: args }),
          });
          const body = (await res.json()) as Answer;
          const fieldErrors = body.data?.[root.field.name]?.fieldErrors ?? body.errors?.[0]?.extensions?.fieldErrors ?? [];
          const refused = fieldErrors.some((e) => e.path === path && /CPR-nummer/.test(e.message));
          if (!refused) accepted.push(`${root.field.name}(${path}) = ${form}: ${JSON.stringify(body).slice(0, 160)}`);
          checked++;
        }
      }
    }
    console.log(`${checked} CPR cases over ${checked / FORMS.length} String inputs`);
    expect(accepted).toEqual([]);
    expect(changedTables(before, await writes.writes())).toEqual([]);
  }, 600_000);
});
