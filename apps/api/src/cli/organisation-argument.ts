import type { DataSource } from 'typeorm';
import { isUuid } from '#core';
import { Organisation } from '#directory';

type Named = Pick<Organisation, 'id' | 'name'>;

/** The organisation a command-line argument names, or a Danish message saying why it names none. */
export type OrganisationChoice = { id: string } | { error: string };

/**
 * `--organisation` of a command: an organisation's id as it is, or its exact name compared case-insensitively (with
 * Danish letters: "hillerød kommune" is "Hillerød Kommune"). No match or more than one is an error that says what to
 * give instead: the names that contain the text, or each candidate's id.
 */
export function chooseOrganisation(organisations: readonly Named[], argument: string): OrganisationChoice {
  const text = argument.trim();
  if (isUuid(text)) return { id: text };
  const fold = (name: string) => name.trim().toLocaleLowerCase('da');
  const wanted = fold(text);
  const matches = organisations.filter((o) => fold(o.name) === wanted);
  if (matches.length === 1) return { id: matches[0].id };
  if (matches.length > 1) {
    const candidates = matches.map((o) => `${o.id} (${o.name})`).join(', ');
    return { error: `Flere organisationer hedder "${text}": ${candidates}. Angiv den rigtige med dens id: --organisation <id>.` };
  }
  const near = organisations
    .filter((o) => wanted && fold(o.name).includes(wanted))
    .map((o) => `"${o.name}"`)
    .slice(0, 5);
  return {
    error: `Ingen organisation hedder "${text}". Angiv organisationens id eller hele dens navn${near.length ? `, fx ${near.join(', ')}` : ''}.`,
  };
}

/** chooseOrganisation among the organisations in the database. */
export async function organisationOfArgument(dataSource: DataSource, argument: string): Promise<OrganisationChoice> {
  if (isUuid(argument.trim())) return { id: argument.trim() };
  const organisations = await dataSource
    .getRepository(Organisation)
    .find({ select: { id: true, name: true }, order: { name: 'ASC', id: 'ASC' } });
  return chooseOrganisation(organisations, argument);
}
