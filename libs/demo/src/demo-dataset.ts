// The demo dataset: Danish municipalities, Region Hovedstaden and volunteer organisations with
// invented people, phone numbers and e-mail addresses (example.org only). Deterministic: every call
// returns identical data.

import { buildBallerup } from './demo-ballerup.js';
import type { DemoContact, DemoDataset, DemoOrganisation } from './demo-dataset.types.js';
import { buildHerning } from './demo-herning.js';
import { DemoKit, hashSeed } from './demo-kit.js';
import { buildLivsmodMunicipalities } from './demo-livsmod.js';
import { buildRegionHovedstaden } from './demo-region-hovedstaden.js';
import { buildSoenderborg } from './demo-soenderborg.js';
import { buildVolunteers } from './demo-volunteers.js';

const SEED = 'vejviser-demo-2026';

/**
 * Gives about a third of the persons in an organisation a deputy: preferably a colleague in the same
 * unit, then someone with the same role elsewhere in the organisation, otherwise the next person. Which
 * third gets a deputy is offset per organisation so the pattern does not repeat.
 */
function assignDeputies(org: DemoOrganisation): DemoOrganisation {
  const persons = org.contacts.filter((c) => c.kind === 'PERSON');
  if (persons.length < 2) {
    return org;
  }
  const offset = hashSeed(org.key) % 3;
  const deputies = new Map<string, string>();
  persons.forEach((person, index) => {
    if ((index + offset) % 3 !== 0) {
      return;
    }
    const others = persons.filter((other) => other.key !== person.key);
    const deputy =
      others.find((other) => other.unitKey === person.unitKey) ??
      others.find((other) => other.roleTitle === person.roleTitle) ??
      persons[(index + 1) % persons.length];
    if (deputy !== undefined && deputy.key !== person.key) {
      deputies.set(person.key, deputy.key);
    }
  });
  const contacts: DemoContact[] = org.contacts.map((contact) => {
    const deputyKey = deputies.get(contact.key);
    return deputyKey === undefined || contact.deputyKey !== undefined ? contact : { ...contact, deputyKey };
  });
  return { ...org, contacts };
}

export function buildDemoDataset(): DemoDataset {
  const kit = new DemoKit(SEED);
  const organisations: DemoOrganisation[] = [
    buildHerning(kit),
    buildSoenderborg(kit),
    buildBallerup(kit),
    ...buildLivsmodMunicipalities(kit),
    buildRegionHovedstaden(kit),
    ...buildVolunteers(kit),
  ];
  return { organisations: organisations.map(assignDeputies) };
}
