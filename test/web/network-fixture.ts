import type { Page } from 'playwright-core';
import { graphql, PASSWORD, tokenOf } from './keep-true-fixture.js';
import { accessibilityViolations, type WebApp } from './web-app.js';

/** What the network coordinators' journeys (network.web-spec.ts) find in the demo data over the API. */
export { graphql, PASSWORD, tokenOf };

export const COORDINATOR = 'koordinator@example.org';
/** A key person of Helsingør in the network, but not its coordinator. */
export const KEY_PERSON = 'noegleperson@example.org';
export const APPLICANT = 'Demo Ansøger, Helsingør';

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
export type Field = [label: string, value: string, message: string];

/** Fills every field with something invalid, submits once, and expects each field's message next to it and in the summary. */
export async function everyFieldInvalid(page: Page, fields: Field[], submit: string): Promise<void> {
  for (const [label, value] of fields) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole('button', { name: submit }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Ret de markerede felter' });
  await summary.waitFor();
  await expect(summary.locator('li').count()).resolves.toBe(fields.length);
  for (const [label, , message] of fields) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator(`[id="${await field.getAttribute('id')}-error"]`).textContent()).resolves.toContain(message);
  }
  expect(await accessibilityViolations(page)).toEqual([]);
}

export type Member = { id: string; name: string; status: string; isKeyPerson: boolean; inSteeringGroup: boolean };
export type Participant = { id: string; memberId: string; status: string; member: { name: string } };
export type Session = {
  id: string;
  startsAt: string;
  cancelled: boolean;
  durationMinutes: number;
  attendance: { participantId: string; attended: boolean }[];
};
export type Demo = { networkId: string; groupId: string; sessions: Session[]; participants: Participant[] };

export async function demoOf(app: WebApp, token: string): Promise<Demo> {
  const { networks } = await graphql<{ networks: { edges: { node: { id: string } }[] } }>(
    app,
    `
      {
        networks(first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    {},
    token,
  );
  const networkId = networks.edges[0].node.id;
  const { supervisionGroups } = await graphql<{ supervisionGroups: { edges: { node: { id: string; focus: string } }[] } }>(
    app,
    `
      query ($n: ID!) {
        supervisionGroups(networkId: $n, first: 10) {
          edges {
            node {
              id
              focus
            }
          }
        }
      }
    `,
    { n: networkId },
    token,
  );
  const groupId = supervisionGroups.edges.find((e) => e.node.focus.startsWith('Selvmord'))!.node.id;
  const { sessions, participants } = await groupOf(app, groupId, token);
  return { networkId, groupId, sessions, participants };
}

export async function groupOf(app: WebApp, groupId: string, token: string): Promise<{ sessions: Session[]; participants: Participant[] }> {
  const { supervisionGroup } = await graphql<{ supervisionGroup: { sessions: Session[]; participants: Participant[] } }>(
    app,
    `
      query ($id: ID!) {
        supervisionGroup(id: $id) {
          sessions {
            id
            startsAt
            cancelled
            durationMinutes
            attendance {
              participantId
              attended
            }
          }
          participants {
            id
            memberId
            status
            member {
              name
            }
          }
        }
      }
    `,
    { id: groupId },
    token,
  );
  return supervisionGroup;
}

export async function membersOf(app: WebApp, networkId: string, status: string, token: string): Promise<Member[]> {
  const { network } = await graphql<{ network: { members: { edges: { node: Member }[] } } }>(
    app,
    `
      query ($id: ID!, $status: MemberStatus) {
        network(id: $id) {
          members(filter: { status: $status }, first: 100) {
            edges {
              node {
                id
                name
                status
                isKeyPerson
                inSteeringGroup
              }
            }
          }
        }
      }
    `,
    { id: networkId, status },
    token,
  );
  return network.members.edges.map((e) => e.node);
}

export async function hoursOf(app: WebApp, memberId: string, token: string): Promise<{ totalMinutes: number; totalHours: number } | null> {
  const { supervisionHours } = await graphql<{ supervisionHours: { totalMinutes: number; totalHours: number } | null }>(
    app,
    `
      query ($m: ID!) {
        supervisionHours(memberId: $m) {
          totalMinutes
          totalHours
        }
      }
    `,
    { m: memberId },
    token,
  );
  return supervisionHours;
}
