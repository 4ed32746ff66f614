// Deterministic helpers for the demo dataset: a seeded PRNG, invented Danish names, invented phone
// numbers and slugs. Nothing here reads the clock or Math.random, so every build gives the same data.

const FIRST_NAMES: readonly string[] = [
  'Anne',
  'Mette',
  'Camilla',
  'Louise',
  'Maria',
  'Sofie',
  'Ida',
  'Line',
  'Julie',
  'Katrine',
  'Helle',
  'Tina',
  'Pernille',
  'Rikke',
  'Signe',
  'Stine',
  'Marianne',
  'Hanne',
  'Lene',
  'Charlotte',
  'Birgitte',
  'Trine',
  'Malene',
  'Nanna',
  'Cecilie',
  'Emma',
  'Freja',
  'Laura',
  'Maja',
  'Astrid',
  'Karen',
  'Susanne',
  'Dorthe',
  'Lise',
  'Sara',
  'Yasmin',
  'Aisha',
  'Fatima',
  'Agnieszka',
  'Nadia',
  'Lars',
  'Jens',
  'Peter',
  'Søren',
  'Morten',
  'Thomas',
  'Henrik',
  'Martin',
  'Anders',
  'Jesper',
  'Rasmus',
  'Mads',
  'Christian',
  'Kasper',
  'Jakob',
  'Mikkel',
  'Nikolaj',
  'Simon',
  'Frederik',
  'Jonas',
  'Michael',
  'Niels',
  'Kim',
  'Bo',
  'Torben',
  'Ole',
  'Jan',
  'Steen',
  'Omar',
  'Ali',
  'Mehmet',
  'Tobias',
  'Emil',
  'Oliver',
  'Magnus',
  'Esben',
  'Troels',
  'Asger',
  'Kristian',
  'Ulrik',
];

const LAST_NAMES: readonly string[] = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Frederiksen',
  'Laursen',
  'Lund',
  'Holm',
  'Schmidt',
  'Eriksen',
  'Kristiansen',
  'Simonsen',
  'Clausen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Jeppesen',
  'Vestergaard',
  'Mogensen',
  'Nissen',
  'Lauridsen',
  'Kjær',
  'Dahl',
  'Bach',
  'Bertelsen',
  'Skov',
  'Friis',
  'Lind',
  'Berg',
  'Dam',
  'Bruun',
  'Winther',
  'Krogh',
  'Storm',
  'Juhl',
  'Overgaard',
  'Brandt',
  'Damgaard',
  'Hedegaard',
  'Gregersen',
  'Villadsen',
  'Kaya',
  'Hussein',
  'Nowak',
  'Østergaard',
];

/** FNV-1a, 32 bit: turns a scope name into a PRNG seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lower-case ASCII slug; Danish letters are transliterated (æ → ae, ø → oe, å → aa). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/&/g, 'og')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function twoDigits(value: number): string {
  return value.toString().padStart(2, '0');
}

/**
 * Shared generator state for one build of the dataset. Names and phone numbers are unique across the
 * whole dataset; the PRNG is re-seeded per organisation so one organisation's data does not shift when
 * another one changes.
 */
export class DemoKit {
  private readonly usedNames = new Set<string>();
  private readonly usedPhones = new Set<string>();
  private rand: () => number;

  constructor(seed: string) {
    this.rand = mulberry32(hashSeed(seed));
  }

  reseed(scope: string): void {
    this.rand = mulberry32(hashSeed(`vejviser-demo:${scope}`));
  }

  next(): number {
    return this.rand();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.rand() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error('DemoKit.pick: empty list');
    }
    const item = items[Math.floor(this.rand() * items.length)];
    if (item === undefined) {
      throw new Error('DemoKit.pick: index out of range');
    }
    return item;
  }

  /** An invented full name, unique within the dataset: a common first name plus one or two surnames. */
  personName(): { first: string; last: string; full: string } {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const first = this.pick(FIRST_NAMES);
      const last = this.chance(0.18) ? `${this.pick(LAST_NAMES)} ${this.pick(LAST_NAMES)}` : this.pick(LAST_NAMES);
      const full = `${first} ${last}`;
      const parts = last.split(' ');
      if (parts.length === 2 && parts[0] === parts[1]) {
        continue;
      }
      if (!this.usedNames.has(full)) {
        this.usedNames.add(full);
        return { first, last, full };
      }
    }
    throw new Error('DemoKit.personName: name space exhausted');
  }

  /** Invented switchboard-style number: "+45 70 00 XX XX". */
  serviceNumber(): string {
    return this.uniquePhone(() => `+45 70 00 ${twoDigits(this.int(10, 99))} ${twoDigits(this.int(0, 99))}`);
  }

  /** Invented direct or mobile number: "+45 2X XX XX XX". */
  directNumber(): string {
    return this.uniquePhone(
      () => `+45 2${this.int(0, 9)} ${twoDigits(this.int(0, 99))} ${twoDigits(this.int(0, 99))} ${twoDigits(this.int(0, 99))}`,
    );
  }

  /** Days since the record was last verified: most 0–170, about 15 % stale (181–400). */
  verifiedDaysAgo(): number {
    return this.chance(0.15) ? this.int(181, 400) : this.int(0, 170);
  }

  private uniquePhone(make: () => string): string {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const value = make();
      if (!this.usedPhones.has(value)) {
        this.usedPhones.add(value);
        return value;
      }
    }
    throw new Error('DemoKit: phone number space exhausted');
  }
}
