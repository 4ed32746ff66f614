import { distanceKm } from './geo-point.js';

/** A municipality's reference point: the centre of the town that holds its town hall (rådhus). */
export interface ReferencePoint {
  code: string;
  town: string;
  latitude: number;
  longitude: number;
}

// Coordinates of the town hall towns, to about 0.01° (≈ 1 km). Where the town hall is far off-centre
// and the municipality is named after a more central town (Fredensborg), that town is used.
const POINTS: readonly (readonly [code: string, town: string, latitude: number, longitude: number])[] = [
  // Region Hovedstaden
  ['0101', 'København', 55.676, 12.569],
  ['0147', 'Frederiksberg', 55.679, 12.532],
  ['0151', 'Ballerup', 55.731, 12.363],
  ['0153', 'Brøndby', 55.649, 12.418],
  ['0155', 'Dragør', 55.593, 12.67],
  ['0157', 'Gentofte', 55.748, 12.552],
  ['0159', 'Søborg', 55.733, 12.488],
  ['0161', 'Glostrup', 55.665, 12.401],
  ['0163', 'Herlev', 55.724, 12.44],
  ['0165', 'Albertslund', 55.658, 12.357],
  ['0167', 'Hvidovre', 55.64, 12.475],
  ['0169', 'Høje Taastrup', 55.649, 12.272],
  ['0173', 'Kongens Lyngby', 55.771, 12.503],
  ['0175', 'Rødovre', 55.681, 12.454],
  ['0183', 'Ishøj', 55.614, 12.352],
  ['0185', 'Kastrup', 55.63, 12.603],
  ['0187', 'Vallensbæk', 55.622, 12.386],
  ['0190', 'Værløse', 55.783, 12.37],
  ['0201', 'Lillerød', 55.872, 12.345],
  ['0210', 'Fredensborg', 55.976, 12.404],
  ['0217', 'Helsingør', 56.033, 12.613],
  ['0219', 'Hillerød', 55.927, 12.308],
  ['0223', 'Hørsholm', 55.882, 12.5],
  ['0230', 'Holte', 55.811, 12.47],
  ['0240', 'Egedal', 55.78, 12.185],
  ['0250', 'Frederikssund', 55.839, 12.069],
  ['0260', 'Frederiksværk', 55.97, 12.024],
  ['0270', 'Helsinge', 56.022, 12.197],
  ['0400', 'Rønne', 55.101, 14.707],
  // Region Sjælland
  ['0253', 'Greve', 55.584, 12.3],
  ['0259', 'Køge', 55.458, 12.182],
  ['0265', 'Roskilde', 55.642, 12.081],
  ['0269', 'Solrød Strand', 55.535, 12.21],
  ['0306', 'Asnæs', 55.812, 11.502],
  ['0316', 'Holbæk', 55.717, 11.713],
  ['0320', 'Haslev', 55.324, 11.964],
  ['0326', 'Kalundborg', 55.68, 11.089],
  ['0329', 'Ringsted', 55.443, 11.79],
  ['0330', 'Slagelse', 55.403, 11.354],
  ['0336', 'Store Heddinge', 55.31, 12.388],
  ['0340', 'Sorø', 55.432, 11.556],
  ['0350', 'Lejre', 55.604, 11.975],
  ['0360', 'Maribo', 54.775, 11.5],
  ['0370', 'Næstved', 55.229, 11.761],
  ['0376', 'Nykøbing Falster', 54.769, 11.874],
  ['0390', 'Vordingborg', 55.009, 11.911],
  // Region Syddanmark
  ['0410', 'Middelfart', 55.506, 9.73],
  ['0420', 'Assens', 55.27, 9.9],
  ['0430', 'Ringe', 55.238, 10.48],
  ['0440', 'Kerteminde', 55.449, 10.657],
  ['0450', 'Nyborg', 55.312, 10.79],
  ['0461', 'Odense', 55.396, 10.389],
  ['0479', 'Svendborg', 55.06, 10.607],
  ['0480', 'Bogense', 55.567, 10.089],
  ['0482', 'Rudkøbing', 54.937, 10.711],
  ['0492', 'Ærøskøbing', 54.888, 10.411],
  ['0510', 'Haderslev', 55.249, 9.488],
  ['0530', 'Grindsted', 55.757, 8.927],
  ['0540', 'Sønderborg', 54.911, 9.792],
  ['0550', 'Tønder', 54.933, 8.867],
  ['0561', 'Esbjerg', 55.467, 8.452],
  ['0563', 'Nordby (Fanø)', 55.445, 8.405],
  ['0573', 'Varde', 55.621, 8.481],
  ['0575', 'Vejen', 55.481, 9.137],
  ['0580', 'Aabenraa', 55.044, 9.418],
  ['0607', 'Fredericia', 55.566, 9.753],
  ['0621', 'Kolding', 55.49, 9.472],
  ['0630', 'Vejle', 55.709, 9.536],
  // Region Midtjylland
  ['0615', 'Horsens', 55.861, 9.85],
  ['0657', 'Herning', 56.139, 8.974],
  ['0661', 'Holstebro', 56.36, 8.616],
  ['0665', 'Lemvig', 56.549, 8.31],
  ['0671', 'Struer', 56.491, 8.584],
  ['0706', 'Ebeltoft', 56.194, 10.682],
  ['0707', 'Grenaa', 56.416, 10.878],
  ['0710', 'Hinnerup', 56.266, 10.064],
  ['0727', 'Odder', 55.973, 10.153],
  ['0730', 'Randers', 56.461, 10.036],
  ['0740', 'Silkeborg', 56.17, 9.545],
  ['0741', 'Tranebjerg (Samsø)', 55.83, 10.596],
  ['0746', 'Skanderborg', 56.039, 9.928],
  ['0751', 'Aarhus', 56.153, 10.203],
  ['0756', 'Ikast', 56.139, 9.157],
  ['0760', 'Ringkøbing', 56.09, 8.244],
  ['0766', 'Hedensted', 55.77, 9.701],
  ['0779', 'Skive', 56.567, 9.027],
  ['0791', 'Viborg', 56.452, 9.402],
  // Region Nordjylland
  ['0773', 'Nykøbing Mors', 56.795, 8.861],
  ['0787', 'Thisted', 56.956, 8.694],
  ['0810', 'Brønderslev', 57.27, 9.941],
  ['0813', 'Frederikshavn', 57.441, 10.537],
  ['0820', 'Aars', 56.803, 9.518],
  ['0825', 'Byrum (Læsø)', 57.255, 11.0],
  ['0840', 'Støvring', 56.886, 9.838],
  ['0846', 'Hobro', 56.642, 9.794],
  ['0849', 'Aabybro', 57.162, 9.73],
  ['0851', 'Aalborg', 57.048, 9.921],
  ['0860', 'Hjørring', 57.464, 9.982],
];

/** One reference point per municipality (all 98), by code. */
export const MUNICIPALITY_POINTS: ReadonlyMap<string, ReferencePoint> = new Map(
  POINTS.map(([code, town, latitude, longitude]) => [code, { code, town, latitude, longitude }]),
);

export function referencePointOf(code: string): ReferencePoint | null {
  return MUNICIPALITY_POINTS.get(code) ?? null;
}

/**
 * The municipality a point lies in, approximated as the one whose reference point is nearest: each
 * municipality is the Voronoi cell around its town hall town. Vejviser holds no boundary polygons, so
 * close to a border (or on an island served from the mainland) the answer can be the neighbour.
 */
export function municipalityAt(point: { latitude: number; longitude: number }): ReferencePoint {
  let best: ReferencePoint | null = null;
  let bestDistance = Infinity;
  for (const candidate of MUNICIPALITY_POINTS.values()) {
    const d = distanceKm(point, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best!;
}
