import { BREAK, Kind, TypeInfo, parse, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/** Root fields whose answer is the same for every anonymous caller at the same moment and directory generation. */
const PUBLIC_ROOT_FIELDS = new Set(['search', 'suggest', 'handoverGuide', '__typename']);
/**
 * The types below them whose fields read only tables the directory's generation watches (migrations 1765300000000
 * and 1765540000000) and the clock (RequestContext.holdsUntil): an answer that selects any other type is not kept.
 */
const KEPT_TYPES = new Set([
  ...['SearchConnection', 'SearchEdge', 'SearchNode', 'PageInfo', 'Facet', 'FacetValue', 'QueryUnderstanding'],
  ...['UnderstoodMunicipality', 'UnderstoodSituation', 'Suggestion', 'HandoverGuide', 'HandoverEntryPoint'],
  ...['Contact', 'Offer', 'Organisation', 'Unit', 'Channel', 'OpeningHours', 'WeeklyHours', 'HoursException', 'OpeningStatus'],
  ...['TaxonomyTerm', 'LegalBasis', 'RecordOwner', 'GeoPoint', 'Municipality', 'MunicipalityRegion', 'Region'],
  ...['ThemeDay', 'ProgrammeItem'],
]);
/** Fields of those types that read something else: registrations and the network behind a theme day. */
const FRESH_FIELDS = new Set(
  ['network', 'seatsTaken', 'seatsLeft', 'waitlistCount', 'registrationOpen', 'myRegistration', 'registrations'].map(
    (field) => `ThemeDay.${field}`,
  ),
);

/** A request's operation, as the answer cache (PublicAnswerCache) sees it. */
export interface Operation {
  /** Numbers the distinct operations, so a kept answer's key holds the variables, not the query's text again. */
  id: number;
  cacheable: boolean;
  name: string | null;
  rootFields: string[];
}

/** The operation a request runs, if it is one query over public root fields only (fragments at the root: not cached). */
export function operationOf(id: number, query: string, operationName: string | null, schema: () => GraphQLSchema): Operation {
  const none: Operation = { id, cacheable: false, name: null, rootFields: [] };
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: 2_000 });
  } catch {
    return none;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'query') return none;
  const selections = operation.selectionSet.selections;
  const rootFields = selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const cacheable =
    rootFields.length === selections.length && rootFields.every((f) => PUBLIC_ROOT_FIELDS.has(f)) && readsOnlyKeptTypes(document, schema);
  return { id, cacheable, name: operation.name?.value ?? null, rootFields: rootFields.slice(0, 5) };
}

/** Every field the document selects, in its fragments too, is of a kept type (an unknown one: not kept). */
function readsOnlyKeptTypes(document: DocumentNode, schema: () => GraphQLSchema): boolean {
  const types = new TypeInfo(schema());
  let kept = true;
  visit(
    document,
    visitWithTypeInfo(types, {
      Field(node) {
        const parent = types.getParentType()?.name;
        const field = node.name.value;
        const readsKept =
          field === '__typename' ||
          (parent === 'Query'
            ? PUBLIC_ROOT_FIELDS.has(field)
            : parent !== undefined && KEPT_TYPES.has(parent) && !FRESH_FIELDS.has(`${parent}.${field}`) && Boolean(types.getFieldDef()));
        if (readsKept) return undefined;
        kept = false;
        return BREAK;
      },
    }),
  );
  return kept;
}
