import { z } from 'zod';
import type { FieldError } from '#core';
import { Role } from '../accounts/role-grant.entity.js';

const optionalId = z.string().uuid('Id skal være et gyldigt UUID.').nullish();

export const grantRoleSchema = z.object({
  accountId: z.string().uuid('Id skal være et gyldigt UUID.'),
  role: z.enum(Role, { error: 'Vælg en rolle.' }),
  organisationId: optionalId,
  unitId: optionalId,
  networkId: optionalId,
});

type Scope = { role?: Role; organisationId?: string | null; unitId?: string | null; networkId?: string | null };

/** Which scope each role takes: every field that must or must not be given, as field errors (before any lookup). */
export function scopeErrors(input: Scope): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string, message: string) => errors.push({ path: `input.${field}`, message });
  const { role, organisationId, unitId, networkId } = input;
  if (!role) return errors;
  if (role === Role.ADMIN) {
    if (organisationId) at('organisationId', 'En administrator gælder overalt: vælg ingen organisation.');
    if (unitId) at('unitId', 'En administrator gælder overalt: vælg ingen enhed.');
    if (networkId) at('networkId', 'En administrator gælder overalt: vælg intet netværk.');
  } else if (role === Role.NETWORK_COORDINATOR) {
    if (!networkId) at('networkId', 'Vælg netværket, personen skal koordinere.');
    if (organisationId) at('organisationId', 'En netværkskoordinator gælder et netværk: vælg ingen organisation.');
    if (unitId) at('unitId', 'En netværkskoordinator gælder et netværk: vælg ingen enhed.');
  } else {
    if (!organisationId) at('organisationId', 'Vælg organisationen, rollen gælder.');
    if (networkId) at('networkId', 'Kun en netværkskoordinator har et netværk.');
    if (unitId && role === Role.KEY_PERSON) at('unitId', 'En nøgleperson gælder hele organisationen: vælg ingen enhed.');
  }
  return errors;
}
