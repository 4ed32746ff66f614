import type { INestApplicationContext } from '@nestjs/common';
import { NetworksService, ThemeDay, ThemeDaysService, ThemeDayVisibility } from '#network';
import { ADMIN_CTX, ok } from '#testing';

export const REGISTER = `mutation ($input: RegisterForThemeDayInput!) {
  registerForThemeDay(input: $input) { __typename ... on ThemeDayRegistration { id status waitlistPosition } ... on ErrorResult { code } }
}`;

export interface Registered {
  registerForThemeDay: { __typename: string; id?: string; status?: string; waitlistPosition?: number | null; code?: string };
}

/** A public theme day a month from now with `seats` seats, in a network of its own; returns its id. */
export async function publicThemeDay(app: INestApplicationContext, seats: number, title = 'Temadag om selvskade'): Promise<string> {
  const network = await app
    .get(NetworksService)
    .create(ADMIN_CTX, { name: `Netværk for ${title}`, contactEmail: 'koordinator@example.org' });
  const starts = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const day = await app.get(ThemeDaysService).create(ADMIN_CTX, {
    networkId: (network as { id: string }).id,
    title,
    topic: 'Selvskade hos unge',
    venue: 'Rådhuset, Sal 1',
    startsAt: starts,
    endsAt: new Date(starts.getTime() + 6 * 3600 * 1000),
    capacity: seats,
    visibility: ThemeDayVisibility.PUBLIC,
  });
  return ok(day, ThemeDay).id;
}
