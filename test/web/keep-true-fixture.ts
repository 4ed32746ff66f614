import { postGraphQL } from '#testing';
import type { WebApp } from './web-app.js';

/** The demo accounts and the API calls the keep-true journeys (keep-true.web-spec.ts) set up with. */
export const PASSWORD = 'vejviser-demo';

export async function graphql<T>(app: WebApp, query: string, variables: { [name: string]: unknown } = {}, token?: string): Promise<T> {
  const answer = await postGraphQL<T>(app.port, query, variables, { token });
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

export async function tokenOf(app: WebApp, email: string): Promise<string> {
  const { signIn } = await graphql<{ signIn: { accessToken: string } }>(
    app,
    `
      mutation ($email: String!, $password: String!) {
        signIn(input: { email: $email, password: $password }) {
          ... on Session {
            accessToken
          }
        }
      }
    `,
    { email, password: PASSWORD },
  );
  return signIn.accessToken;
}

type QueueItem = { id: string; name: string; recordType: string };

export async function queueOf(app: WebApp, organisationId: string, token: string, withinDays: number): Promise<QueueItem[]> {
  const { verificationQueue } = await graphql<{ verificationQueue: { edges: { node: QueueItem }[] } }>(
    app,
    `
      query ($org: ID!, $days: Int!) {
        verificationQueue(organisationId: $org, withinDays: $days, first: 100) {
          edges {
            node {
              id
              name
              recordType
            }
          }
        }
      }
    `,
    { org: organisationId, days: withinDays },
    token,
  );
  return verificationQueue.edges.map((e) => e.node);
}

type Coverage = {
  municipalities: {
    municipality: { code: string };
    items: { status: string; requirement: { situationKey: string; label: string }; entryPoints: { contact: { id: string } }[] }[];
  }[];
};

/**
 * A gap in Helsingør: the editor takes the transition at 18 (and its sub-situations) off the municipality's entry points,
 * as if the line had been tagged wrongly. The coverage then says MISSING, as it does for Gribskov in the demo data.
 */
export async function helsingorGap(app: WebApp, networkId: string, editor: string): Promise<{ situationKey: string; label: string }> {
  const helsingor = async () =>
    (
      await graphql<{ coverage: Coverage }>(
        app,
        `
          query ($id: ID!) {
            coverage(networkId: $id) {
              municipalities {
                municipality {
                  code
                }
                items {
                  status
                  requirement {
                    situationKey
                    label
                  }
                  entryPoints {
                    contact {
                      id
                    }
                  }
                }
              }
            }
          }
        `,
        { id: networkId },
        editor,
      )
    ).coverage.municipalities.find((m) => m.municipality.code === '0217')!;
  const item = (await helsingor()).items.find((i) => i.requirement.situationKey === 'transition-18')!;
  const { taxonomy } = await graphql<{ taxonomy: { key: string; parentKey: string | null }[] }>(
    app,
    `
      {
        taxonomy(kind: SITUATION) {
          key
          parentKey
        }
      }
    `,
  );
  const off = new Set(['transition-18', ...taxonomy.filter((t) => t.parentKey === 'transition-18').map((t) => t.key)]);
  for (const { contact } of item.entryPoints) {
    const { contact: tagged } = await graphql<{ contact: { situations: { key: string }[] } }>(
      app,
      `
        query ($id: ID!) {
          contact(id: $id) {
            situations {
              key
            }
          }
        }
      `,
      { id: contact.id },
      editor,
    );
    await graphql(
      app,
      `
        mutation ($id: ID!, $input: UpdateContactInput!) {
          updateContact(id: $id, input: $input) {
            __typename
          }
        }
      `,
      { id: contact.id, input: { situations: tagged.situations.map((t) => t.key).filter((key) => !off.has(key)) } },
      editor,
    );
  }
  const gap = (await helsingor()).items.find((i) => i.requirement.situationKey === 'transition-18')!;
  expect(gap.status).toBe('MISSING');
  return gap.requirement;
}
