import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** Where the copies of Open Referral's HSDS 3.0 schemas live (see test/fixtures/hsds-3.0/ATTRIBUTION.md). */
const DIR = join(import.meta.dirname, '..', 'fixtures', 'hsds-3.0');
const BASE = 'https://openreferral.org/hsds-3.0/';

/** Keywords of HSDS's schemas that are not JSON Schema (table metadata for the tabular form). */
const HSDS_KEYWORDS = ['name', 'core', 'datapackage_type', 'constraints', 'example', 'datapackage_metadata', 'tabular_required', 'path'];

export interface HsdsValidators {
  /** A validator of one HSDS table's schema, e.g. `schema('service')`. */
  schema(name: string): ValidateFunction;
  /** The OpenAPI description's page envelope. */
  page: ValidateFunction;
  /** The HSDS schema file of `name`, parsed. */
  raw(name: string): { properties: Record<string, { type?: string }>; required?: string[] };
}

/** Ajv (strict, formats checked) with every HSDS table schema, each under its file name. */
export function hsdsValidators(): HsdsValidators {
  const ajv = new Ajv({ strict: true, allErrors: true });
  // ajv-formats is CommonJS: its plugin is the default export of the module object.
  addFormats.default(ajv);
  ajv.addVocabulary(HSDS_KEYWORDS);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json');
  for (const file of files) ajv.addSchema({ ...JSON.parse(readFileSync(join(DIR, file), 'utf8')), $id: `${BASE}${file}` });
  const openapi = JSON.parse(readFileSync(join(DIR, 'openapi.json'), 'utf8'));
  const page = ajv.compile({
    ...openapi.components.schemas.Page,
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    properties: { ...openapi.components.schemas.Page.properties, contents: { type: 'array' } },
  });
  return {
    schema: (name) => {
      const validate = ajv.getSchema(`${BASE}${name}.json`);
      if (!validate) throw new Error(`No HSDS schema ${name}`);
      return validate;
    },
    page,
    raw: (name) => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')),
  };
}

/** Ajv's errors of the last validation, readable in a failed expectation. */
export function problems(validate: ValidateFunction, what: string): string[] {
  return (validate.errors ?? []).map((e) => `${what}${e.instancePath}: ${e.message}`);
}
