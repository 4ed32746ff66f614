import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isUnionType,
  type GraphQLFieldConfig,
  type GraphQLSchema,
  type GraphQLInputType,
} from 'graphql';
import { BadInputError, ValidationError, type FieldError } from '../errors/error-results.js';
import { CPR_CHECK_EXCEPTIONS, MAX_LIST_ITEMS, MULTI_LINE_FIELDS } from '../validation/input-policy.js';
import { CPR_REFUSED_MESSAGE, textProblem } from '../validation/text-safety.js';

const NOTHING_SAVED = 'Oplysningerne kunne ikke gemmes. Ret de markerede felter.';
const NOTHING_SAVED_CPR =
  'Intet er gemt eller sendt: noget af det, du skrev, ligner et CPR-nummer. Vejviser må aldrig indeholde oplysninger om borgere.';

/** Where a value sits: its path for the client (`input.channels.0.label`) and its key in the input policy (`ChannelInput.label`). */
interface Place {
  path: string;
  key: string;
  name: string;
}

function checkValue(type: GraphQLInputType, value: unknown, place: Place, problems: FieldError[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(nullable.ofType, value, place, problems);
    if (value.length > MAX_LIST_ITEMS) {
      problems.push({ path: place.path, message: `Listen må højst have ${MAX_LIST_ITEMS} elementer.` });
      return;
    }
    value.forEach((item, i) => checkValue(nullable.ofType, item, { ...place, path: `${place.path}.${i}` }, problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const inner = { path: `${place.path}.${field.name}`, key: `${nullable.name}.${field.name}`, name: field.name };
      checkValue(field.type, (value as Record<string, unknown>)[field.name], inner, problems);
    }
    return;
  }
  if (isEnumType(nullable) || typeof value !== 'string') return;
  // IDs and codes are not free text (a UUID can even hold "…230774-1754…"); they are still checked for what SQL cannot take.
  const freeText = nullable.name === 'String' && !CPR_CHECK_EXCEPTIONS.has(place.key);
  const problem = textProblem(value, { multiLine: MULTI_LINE_FIELDS.has(place.name), refuseCpr: freeText });
  if (problem) problems.push({ path: place.path, message: problem });
}

/** Problems with the arguments of one field, each named by its path. */
export function argumentProblems(
  field: Pick<GraphQLFieldConfig<unknown, unknown>, 'args'>,
  owner: string,
  args: Record<string, unknown>,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const [name, arg] of Object.entries(field.args ?? {})) {
    checkValue(arg.type, args[name], { path: name, key: `${owner}.${name}`, name }, problems);
  }
  return problems;
}

function answersValidationError(field: GraphQLFieldConfig<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  return isUnionType(named) && named.getTypes().some((type) => type.name === ValidationError.name);
}

/**
 * Checks every argument of every field once, before any resolver sees it: text PostgreSQL or people
 * cannot take (NUL, half surrogates, control characters), CPR-like text in free-text fields, and
 * over-long lists. A mutation that answers ValidationError gets one naming every bad field; anything
 * else gets a BAD_USER_INPUT error. Nothing runs, so nothing is written, logged or cached.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (!field.args || Object.keys(field.args).length === 0) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      const owner = `${typeName}.${fieldName}`;
      const typed = answersValidationError(field);
      return {
        ...field,
        resolve: (source, args: Record<string, unknown>, context, info) => {
          const problems = argumentProblems(field, owner, args);
          if (problems.length === 0) return resolve(source, args, context, info);
          if (typed) {
            const cpr = problems.some((p) => p.message === CPR_REFUSED_MESSAGE);
            return ValidationError.of(problems, cpr ? NOTHING_SAVED_CPR : NOTHING_SAVED);
          }
          // The message is for people (the web app shows it as it is); the paths are in extensions.fieldErrors.
          throw new BadInputError([...new Set(problems.map((p) => p.message))].join(' '), problems);
        },
      };
    },
  });
}
