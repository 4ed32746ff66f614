import type { MutationFailureFragment } from '../gql/graphql';

/** Why a mutation was refused, as every mutation selects it with the MutationFailure fragment (lib/fragments.ts). */
export type MutationFailure = MutationFailureFragment;

/** One field's message in a ValidationError: `path` as the server names it ("input.email"). */
export type FieldError = { path: string; message: string };

/** Whether a mutation's typed result is a refusal: each failure carries the fragment's code, no record answers one. */
export function isFailure(result: object): result is MutationFailure {
  return 'code' in result && typeof result.code === 'string' && 'message' in result;
}

/** The refusal's Danish message, or null when the mutation was done. */
export function failureMessage(result: object): string | null {
  return isFailure(result) ? result.message : null;
}

/** A refusal's messages per field: a ValidationError's; none for another failure or a result that is done. */
export function fieldErrorsOf(result: object): readonly FieldError[] {
  return isFailure(result) && 'fieldErrors' in result ? result.fieldErrors : [];
}
