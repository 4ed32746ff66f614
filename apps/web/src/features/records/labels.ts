/** Danish words for the API's keys (WEB.md: never keys). */
export const ACCESS_ROUTE_LABEL: Record<string, string> = {
  ANONYMOUS: 'Anonym – ingen henvisning',
  SELF_REFERRAL: 'Egen henvendelse',
  REFERRAL: 'Kræver henvisning',
  VISITATION: 'Kræver visitation',
};

export const SECTOR_LABEL: Record<string, string> = {
  MUNICIPAL: 'Kommune',
  REGIONAL: 'Region',
  STATE: 'Stat',
  PRIVATE: 'Privat',
  CIVIL_SOCIETY: 'Frivillig organisation',
};

export const UNIT_KIND_LABEL: Record<string, string> = {
  FORVALTNING: 'Forvaltning',
  CENTER: 'Center',
  AFDELING: 'Afdeling',
  TEAM: 'Team',
};

/** "12–17 år", "fra 18 år", "til 25 år", or null when the offer takes every age. */
export function ageText(min?: number | null, max?: number | null): string | null {
  if (min != null && max != null) return `${min}–${max} år`;
  if (min != null) return `fra ${min} år`;
  if (max != null) return `til ${max} år`;
  return null;
}
