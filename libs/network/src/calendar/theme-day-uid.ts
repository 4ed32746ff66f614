/**
 * The calendar UID of a theme day: `temadag-<theme day id>@<host of publicUrl>`, e.g.
 * "temadag-4f2b9c…@vejviser.kommune.dk". The feed and every mail about the day (invitation,
 * change, cancellation) use it, so calendars treat them as one event.
 */
export function themeDayUid(id: string, publicUrl: string): string {
  return `temadag-${id}@${new URL(publicUrl).hostname}`;
}

/** The page of a theme day in the web app. */
export function themeDayUrl(id: string, publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/temadage/${id}`;
}
