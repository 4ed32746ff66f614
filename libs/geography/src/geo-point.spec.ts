import {
  DENMARK_BOUNDS,
  MUNICIPALITIES,
  MUNICIPALITY_POINTS,
  distanceKm,
  geoPointSchema,
  municipalityAt,
  referencePointOf,
} from '#geography';

const messages = (value: unknown) => {
  const result = geoPointSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('coordinates', () => {
  it('accepts points all over Denmark, Bornholm and Skagen included', () => {
    for (const point of [
      { latitude: 56.033, longitude: 12.613 }, // Helsingør
      { latitude: 55.101, longitude: 14.707 }, // Rønne
      { latitude: 55.321, longitude: 15.187 }, // Christiansø
      { latitude: 57.745, longitude: 10.635 }, // Grenen
      { latitude: 54.565, longitude: 11.926 }, // Gedser
      { latitude: 55.558, longitude: 8.083 }, // Blåvandshuk
    ])
      expect({ point, errors: messages(point) }).toEqual({ point, errors: [] });
  });

  it('rejects points outside Denmark, and swapped coordinates, in Danish', () => {
    expect(messages({ latitude: 59.91, longitude: 10.75 })).toEqual(['latitude: Breddegraden skal ligge i Danmark: mellem 54,5 og 57,8.']);
    expect(messages({ latitude: 55.6, longitude: 7.5 })).toEqual(['longitude: Længdegraden skal ligge i Danmark: mellem 8,0 og 15,3.']);
    expect(messages({ latitude: 12.613, longitude: 56.033 })).toEqual([
      'latitude: Breddegraden skal ligge i Danmark: mellem 54,5 og 57,8.',
      'longitude: Længdegraden skal ligge i Danmark: mellem 8,0 og 15,3.',
    ]);
    expect(messages({ latitude: Number.NaN, longitude: 12 })).toEqual(['latitude: Breddegraden skal være et tal, fx 56,03.']);
    expect(messages({ latitude: '56', longitude: 12 })).toEqual(['latitude: Breddegraden skal være et tal, fx 56,03.']);
  });

  it('measures great-circle distances', () => {
    const koebenhavn = referencePointOf('0101')!;
    const aarhus = referencePointOf('0751')!;
    expect(distanceKm(koebenhavn, aarhus)).toBeGreaterThan(152);
    expect(distanceKm(koebenhavn, aarhus)).toBeLessThan(160);
    expect(distanceKm(koebenhavn, koebenhavn)).toBe(0);
  });
});

describe('municipality reference points', () => {
  it('gives every one of the 98 municipalities a point inside Denmark', () => {
    expect([...MUNICIPALITY_POINTS.keys()].sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
    for (const point of MUNICIPALITY_POINTS.values()) {
      expect(point.latitude).toBeGreaterThanOrEqual(DENMARK_BOUNDS.south);
      expect(point.latitude).toBeLessThanOrEqual(DENMARK_BOUNDS.north);
      expect(point.longitude).toBeGreaterThanOrEqual(DENMARK_BOUNDS.west);
      expect(point.longitude).toBeLessThanOrEqual(DENMARK_BOUNDS.east);
      // Each is inside its own municipality by the nearest-point rule, and no two coincide.
      expect(municipalityAt(point).code).toBe(point.code);
    }
  });

  it('places a point in the municipality of the nearest town hall town', () => {
    expect(municipalityAt({ latitude: 57.72, longitude: 10.58 }).code).toBe('0813'); // Skagen: Frederikshavn
    expect(municipalityAt({ latitude: 54.83, longitude: 11.135 }).code).toBe('0360'); // Nakskov: Lolland
    expect(municipalityAt({ latitude: 56.205, longitude: 9.018 }).code).toBe('0657'); // Sunds: Herning
    expect(municipalityAt({ latitude: 56.09, longitude: 12.46 }).code).toBe('0217'); // Hornbæk: Helsingør
  });
});
