// Where the demo records are: real coordinates of real towns (to about 0.01°), never a street
// address. A municipality's own records sit in its town hall town (its reference point in
// #geography); regional units in the hospital towns; national volunteer organisations in a large town.

import { referencePointOf } from '#geography';
import type { DemoPlace } from './demo-dataset.types.js';

export const TOWNS = {
  koebenhavn: { address: '1550 København V', latitude: 55.676, longitude: 12.569 },
  bispebjerg: { address: '2400 København NV', latitude: 55.711, longitude: 12.54 },
  aarhus: { address: '8000 Aarhus C', latitude: 56.153, longitude: 10.203 },
  glostrup: { address: '2600 Glostrup', latitude: 55.665, longitude: 12.401 },
  hilleroed: { address: '3400 Hillerød', latitude: 55.927, longitude: 12.308 },
  // Herning's district teams, in a town of each district.
  sunds: { address: '7451 Sunds', latitude: 56.205, longitude: 9.018 },
  hammerum: { address: 'Hammerum, 7400 Herning', latitude: 56.134, longitude: 9.06 },
  lind: { address: 'Lind, 7400 Herning', latitude: 56.105, longitude: 8.983 },
} as const satisfies Record<string, DemoPlace>;

/** Postcode and town of the town hall towns of the demo municipalities. */
const POSTCODES: Readonly<Record<string, string>> = {
  '0151': '2750 Ballerup',
  '0190': '3500 Værløse',
  '0201': '3450 Allerød',
  '0210': '3480 Fredensborg',
  '0217': '3000 Helsingør',
  '0219': '3400 Hillerød',
  '0223': '2970 Hørsholm',
  '0230': '2840 Holte',
  '0250': '3600 Frederikssund',
  '0260': '3300 Frederiksværk',
  '0270': '3200 Helsinge',
  '0540': '6400 Sønderborg',
  '0657': '7400 Herning',
};

/** A municipality's records sit in its town hall town (its reference point). */
export function municipalPlace(code: string | undefined): DemoPlace | null {
  const point = code ? referencePointOf(code) : null;
  if (!point) return null;
  return { address: POSTCODES[code!] ?? point.town, latitude: point.latitude, longitude: point.longitude };
}
