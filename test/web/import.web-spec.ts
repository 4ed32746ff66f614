import { postGraphQL } from '#testing';
import { accessibilityViolations, screenshot, signInThroughPage, startWebApp, type WebApp } from './web-app.js';

/** Spreadsheet import in the browser (issue 18 item 3): an editor uploads a CSV, sees the dry run, fixes a column, imports. */

const EDITOR = 'redaktoer@example.org';
const PASSWORD = 'vejviser-demo';

async function graphql<T>(app: WebApp, query: string, variables: { [name: string]: unknown } = {}, token?: string): Promise<T> {
  const answer = await postGraphQL<T>(app.port, query, variables, { token });
  if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

const csv = (rows: string[][]) => ({
  name: 'tilbud.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(rows.map((r) => r.join(';')).join('\r\n'), 'utf8'),
});

describe('spreadsheet import in the browser', () => {
  let app: WebApp;
  let token: string;
  let organisationId: string;

  beforeAll(async () => {
    app = await startWebApp();
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
      { email: EDITOR, password: PASSWORD },
    );
    token = signIn.accessToken;
    const { me } = await graphql<{ me: { grants: { role: string; organisationId: string | null }[] } }>(
      app,
      `
        {
          me {
            grants {
              role
              organisationId
            }
          }
        }
      `,
      {},
      token,
    );
    organisationId = me.grants.find((g) => g.role === 'EDITOR' && g.organisationId)!.organisationId!;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the dry run with errors by row and column, lets a column be chosen, and imports', async () => {
    const { page, offline } = await app.open('desktop');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/organisationer/${organisationId}/import`);
    await page.getByRole('heading', { level: 1, name: /Importér kontakter og tilbud/ }).waitFor();
    const file = page.getByLabel('Fil med kontakter og tilbud');

    await file.setInputFiles(
      csv([
        ['Navn', 'Telefon', 'Adgang', 'Alder'],
        ['Webimporttilbud', '12 34', 'Selvhenvendelse', '13-30 år'],
      ]),
    );
    await page.getByRole('button', { name: 'Prøvekør' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Intet er gemt' });
    await problems.waitFor();
    await expect(problems.textContent()).resolves.toContain('Række 2, kolonne "Telefon": Telefonnummeret "12 34"');
    await expect(page.getByRole('button', { name: /^Importér/ }).count()).resolves.toBe(0);

    // A column the headers did not explain: "Kontaktnummer" chosen as the phone.
    await file.setInputFiles(
      csv([
        ['Navn', 'Kontaktnummer', 'Adgang', 'Alder'],
        ['Webimporttilbud', '49 28 00 00', 'Selvhenvendelse', '13-30 år'],
      ]),
    );
    await page.getByRole('button', { name: 'Prøvekør' }).click();
    await page.getByRole('heading', { level: 2, name: 'Prøvekørsel' }).waitFor();
    await page.getByLabel('Kontaktnummer').selectOption('PHONE');
    await page.getByRole('button', { name: 'Prøvekør' }).click();
    await page.getByRole('cell', { name: 'Oprettes' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-dry-run', 'desktop');

    await page.getByRole('button', { name: 'Importér 1 ændring' }).click();
    await page.getByRole('heading', { level: 2, name: 'Importeret' }).waitFor();
    await page.getByRole('link', { name: 'Webimporttilbud' }).waitFor();
    const { offers } = await graphql<{ offers: { edges: { node: { name: string; ageMin: number; channels: { value: string }[] } }[] } }>(
      app,
      `
        query ($org: ID!) {
          offers(filter: { organisationId: $org }, first: 100) {
            edges {
              node {
                name
                ageMin
                channels {
                  value
                }
              }
            }
          }
        }
      `,
      { org: organisationId },
      token,
    );
    expect(offers.edges.map((e) => e.node).find((o) => o.name === 'Webimporttilbud')).toEqual({
      name: 'Webimporttilbud',
      ageMin: 13,
      channels: [{ value: '+45 49 28 00 00' }],
    });
    await offline.context.close();
  });

  it('is usable at phone width', async () => {
    const { page, offline } = await app.open('phone');
    await signInThroughPage(page, app.origin, EDITOR, PASSWORD);
    await page.goto(`${app.origin}/organisationer/${organisationId}/import`);
    await page.getByLabel('Fil med kontakter og tilbud').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import', 'phone');
    await offline.context.close();
  });
});
