// HSDS 3.0's tabular form: one CSV per table (the file names and columns of HSDS's schemas, the columns
// Vejviser fills), nested JSON records flattened into rows and back.

export type Row = Record<string, string>;

interface Column {
  name: string;
  type?: 'number' | 'datetime' | 'date';
  format?: 'uuid' | 'uri' | 'email';
}

const id = (name: string): Column => ({ name, format: 'uuid' });
const text = (name: string): Column => ({ name });

/** The tables in HSDS's order, each with its file and columns. */
export const TABLES = {
  organization: {
    path: 'organizations.csv',
    columns: [id('id'), text('name'), text('description'), { name: 'website', format: 'uri' }, id('parent_organization_id')],
  },
  service: {
    path: 'services.csv',
    columns: [
      id('id'),
      id('organization_id'),
      text('name'),
      text('description'),
      { name: 'url', format: 'uri' },
      { name: 'email', format: 'email' },
      text('status'),
      text('application_process'),
      text('wait_time'),
      text('fees_description'),
      text('eligibility_description'),
      { name: 'minimum_age', type: 'number' },
      { name: 'maximum_age', type: 'number' },
      text('assured_date'),
      { name: 'last_modified', type: 'datetime' },
    ],
  },
  attribute: {
    path: 'attributes.csv',
    columns: [id('id'), id('link_id'), id('taxonomy_term_id'), text('link_type'), text('link_entity'), text('value')],
  },
  contact: {
    path: 'contacts.csv',
    columns: [id('id'), id('organization_id'), text('name'), text('title'), { name: 'email', format: 'email' }],
  },
  phone: {
    path: 'phones.csv',
    columns: [id('id'), id('service_id'), id('organization_id'), id('contact_id'), text('number'), text('type'), text('description')],
  },
  location: {
    path: 'locations.csv',
    columns: [
      id('id'),
      text('location_type'),
      id('organization_id'),
      text('name'),
      text('description'),
      { name: 'latitude', type: 'number' },
      { name: 'longitude', type: 'number' },
      text('external_identifier'),
      text('external_identifier_type'),
    ],
  },
  address: {
    path: 'addresses.csv',
    columns: [
      id('id'),
      id('location_id'),
      text('address_1'),
      text('city'),
      text('state_province'),
      text('postal_code'),
      text('country'),
      text('address_type'),
    ],
  },
  service_at_location: { path: 'service_at_location.csv', columns: [id('id'), id('service_id'), id('location_id'), text('description')] },
  schedule: {
    path: 'schedules.csv',
    columns: [
      id('id'),
      id('service_id'),
      text('freq'),
      text('wkst'),
      text('byday'),
      text('opens_at'),
      text('closes_at'),
      text('description'),
    ],
  },
  service_area: { path: 'service_areas.csv', columns: [id('id'), id('service_id'), text('name'), text('extent'), text('extent_type')] },
  language: { path: 'languages.csv', columns: [id('id'), id('service_id'), text('name'), text('code')] },
  taxonomy: { path: 'taxonomies.csv', columns: [id('id'), text('name'), text('description'), text('version')] },
  taxonomy_term: {
    path: 'taxonomy_terms.csv',
    columns: [
      id('id'),
      text('code'),
      text('name'),
      text('description'),
      id('parent_id'),
      text('taxonomy'),
      id('taxonomy_id'),
      text('language'),
    ],
  },
} as const satisfies Record<string, { path: string; columns: readonly Column[] }>;

export type TableName = keyof typeof TABLES;
export type Tables = Record<TableName, Row[]>;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Nested arrays (and objects) of an HSDS record and the table their items go to; others are left out. */
const NESTED: Record<string, TableName> = {
  attributes: 'attribute',
  contacts: 'contact',
  phones: 'phone',
  locations: 'location',
  location: 'location',
  addresses: 'address',
  service_at_locations: 'service_at_location',
  schedules: 'schedule',
  service_areas: 'service_area',
  languages: 'language',
};

/** Collects flattened rows, each id once per table. */
export class TableBuilder {
  private readonly rows = new Map<TableName, Map<string, Row>>(TABLE_NAMES.map((t) => [t, new Map()]));

  add(table: TableName, record: object): this {
    const values = record as Record<string, unknown>;
    const row: Row = {};
    for (const column of TABLES[table].columns) {
      const value = values[column.name];
      row[column.name] = value === undefined || value === null ? '' : String(value);
    }
    this.rows.get(table)!.set(row.id, row);
    for (const [key, nested] of Object.entries(values)) {
      const target = NESTED[key];
      if (!target) continue;
      for (const item of Array.isArray(nested) ? nested : [nested]) if (item && typeof item === 'object') this.add(target, item);
    }
    return this;
  }

  tables(): Tables {
    return Object.fromEntries(TABLE_NAMES.map((t) => [t, [...this.rows.get(t)!.values()]])) as Tables;
  }
}

/** datapackage.json of the tabular form (Frictionless Data tabular data package). */
export function dataPackage(created: Date): object {
  return {
    profile: 'tabular-data-package',
    name: 'vejviser-hsds',
    title: 'Vejviser: offentligt katalog som HSDS 3.0',
    created: created.toISOString(),
    licenses: [{ name: 'CC-BY-SA-4.0', title: 'HSDS-skemaerne: Open Referral, CC BY-SA 4.0' }],
    resources: TABLE_NAMES.map((name) => ({
      name,
      path: TABLES[name].path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: TABLES[name].columns.map((c: Column) => ({
          name: c.name,
          type: c.type ?? 'string',
          ...(c.format ? { format: c.format } : {}),
        })),
        primaryKey: 'id',
      },
    })),
  };
}
