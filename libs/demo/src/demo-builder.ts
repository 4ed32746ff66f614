// A small builder that keeps keys unique and prefixed with the organisation key, fills in invented
// names, numbers and e-mail addresses, and assembles one DemoOrganisation.

import type {
  DemoChannel,
  DemoContact,
  DemoLegalBasis,
  DemoOffer,
  DemoOpeningHours,
  DemoOrganisation,
  DemoPlace,
  DemoUnit,
  OfferStatus,
  Sector,
  UnitKind,
} from './demo-dataset.types.js';
import { slugify } from './demo-kit.js';
import type { DemoKit } from './demo-kit.js';

export interface PersonSpec {
  unitKey?: string;
  roleTitle: string;
  helpText?: string;
  situations: string[];
  /** Extra channels after the standard staff line and public e-mail. */
  extraChannels?: DemoChannel[];
  /** Also offer the direct line as SMS for staff. */
  sms?: boolean;
}

export interface FunctionSpec {
  id: string;
  unitKey?: string;
  name: string;
  roleTitle?: string;
  helpText: string;
  situations: string[];
  openingHours?: DemoOpeningHours;
  /** Default true: a public phone line. */
  publicPhone?: boolean;
  publicPhoneLabel?: string;
  /** Default true: a staff-only direct line. */
  staffLine?: boolean;
  staffLineLabel?: string;
  /** Default true: a public e-mail box. */
  email?: boolean;
  extraChannels?: DemoChannel[];
}

export type OfferSpec = Omit<DemoOffer, 'key' | 'lastVerifiedDaysAgo' | 'languages' | 'status' | 'holdsAuthority' | 'channels'> & {
  id: string;
  languages?: string[];
  status?: OfferStatus;
  holdsAuthority?: boolean;
  channels?: DemoChannel[];
  lastVerifiedDaysAgo?: number;
};

export interface OrganisationMeta {
  name: string;
  sector: Sector;
  municipalityCode?: string;
  regionKey?: string;
  /** A local branch: key of the organisation it belongs to. */
  parentKey?: string;
  description: string;
  /** Default: the town hall town of `municipalityCode`. */
  location?: DemoPlace;
}

export const LEGAL = {
  sel: (section: string): DemoLegalBasis => ({ act: 'Serviceloven', section }),
  bl: (section: string): DemoLegalBasis => ({ act: 'Barnets Lov', section }),
  sul: (section: string): DemoLegalBasis => ({ act: 'Sundhedsloven', section }),
  lab: (section: string): DemoLegalBasis => ({ act: 'LAB-loven', section }),
  fsl: (section: string): DemoLegalBasis => ({ act: 'Folkeskoleloven', section }),
  kui: (section: string): DemoLegalBasis => ({ act: 'Lov om kommunal indsats for unge under 25 år', section }),
  psyk: (section: string): DemoLegalBasis => ({ act: 'Psykiatriloven', section }),
  rpl: (section: string): DemoLegalBasis => ({ act: 'Retsplejeloven', section }),
  stu: (): DemoLegalBasis => ({ act: 'Lov om ungdomsuddannelse for unge med særlige behov (STU-loven)' }),
  fgu: (): DemoLegalBasis => ({ act: 'Lov om forberedende grunduddannelse (FGU-loven)' }),
  uskl: (): DemoLegalBasis => ({ act: 'Lov om ungdomsskoler' }),
  none: (): DemoLegalBasis => ({ act: 'Ingen særskilt lovhjemmel (frivilligt tilbud)' }),
} as const;

export class OrgBuilder {
  private readonly units: DemoUnit[] = [];
  private readonly contacts: DemoContact[] = [];
  private readonly offers: DemoOffer[] = [];
  private readonly usedKeys = new Set<string>();

  constructor(
    readonly kit: DemoKit,
    readonly key: string,
    /** Used in e-mail addresses and urls, e.g. "helsingoer". */
    readonly slug: string,
    private readonly verifiers: readonly string[],
  ) {
    kit.reseed(key);
  }

  unit(id: string, name: string, kind: UnitKind, options: { parentKey?: string; description?: string; location?: DemoPlace } = {}): string {
    const key = this.claim(`${this.key}-u-${id}`);
    this.units.push({
      key,
      name,
      kind,
      ...(options.parentKey === undefined ? {} : { parentKey: options.parentKey }),
      ...(options.description === undefined ? {} : { description: options.description }),
      ...(options.location === undefined ? {} : { location: options.location }),
    });
    return key;
  }

  person(spec: PersonSpec): string {
    const name = this.kit.personName();
    const key = this.claimNumbered(`${this.key}-c-${slugify(spec.roleTitle).slice(0, 40)}`);
    const direct = this.kit.directNumber();
    const channels: DemoChannel[] = [
      { kind: 'PHONE', value: direct, label: 'Direkte nummer (kun for fagpersoner)', visibility: 'STAFF' },
      {
        kind: 'EMAIL',
        value: `${slugify(name.first)}.${slugify(name.last).replace(/-/g, '.')}.${this.slug}@example.org`,
        label: 'E-mail – send ikke personfølsomme oplysninger',
        visibility: 'PUBLIC',
      },
    ];
    if (spec.sms === true) {
      channels.push({ kind: 'SMS', value: direct, label: 'SMS (kun fagpersoner)', visibility: 'STAFF' });
    }
    channels.push(...(spec.extraChannels ?? []));
    this.contacts.push({
      key,
      kind: 'PERSON',
      name: name.full,
      roleTitle: spec.roleTitle,
      channels,
      situations: [...spec.situations],
      lastVerifiedDaysAgo: this.kit.verifiedDaysAgo(),
      lastVerifiedBy: this.verifier(),
      ...(spec.unitKey === undefined ? {} : { unitKey: spec.unitKey }),
      ...(spec.helpText === undefined ? {} : { helpText: spec.helpText }),
    });
    return key;
  }

  fn(spec: FunctionSpec): string {
    const key = this.claim(`${this.key}-c-${spec.id}`);
    const channels: DemoChannel[] = [];
    if (spec.publicPhone !== false) {
      channels.push({
        kind: 'PHONE',
        value: this.kit.serviceNumber(),
        label: spec.publicPhoneLabel ?? 'Telefon',
        visibility: 'PUBLIC',
      });
    }
    if (spec.staffLine !== false) {
      channels.push({
        kind: 'PHONE',
        value: this.kit.directNumber(),
        label: spec.staffLineLabel ?? 'Direkte linje for fagpersoner',
        visibility: 'STAFF',
      });
    }
    if (spec.email !== false) {
      channels.push({
        kind: 'EMAIL',
        value: `${this.slug}.${spec.id}.demo@example.org`,
        label: 'Fællespostkasse – brug sikker post ved personfølsomme oplysninger',
        visibility: 'PUBLIC',
      });
    }
    channels.push(...(spec.extraChannels ?? []));
    this.contacts.push({
      key,
      kind: 'FUNCTION',
      name: spec.name,
      helpText: spec.helpText,
      channels,
      situations: [...spec.situations],
      lastVerifiedDaysAgo: this.kit.verifiedDaysAgo(),
      lastVerifiedBy: this.verifier(),
      ...(spec.unitKey === undefined ? {} : { unitKey: spec.unitKey }),
      ...(spec.roleTitle === undefined ? {} : { roleTitle: spec.roleTitle }),
      ...(spec.openingHours === undefined ? {} : { openingHours: spec.openingHours }),
    });
    return key;
  }

  offer(spec: OfferSpec): string {
    const { id, languages, status, holdsAuthority, channels, lastVerifiedDaysAgo, ...rest } = spec;
    const key = this.claim(`${this.key}-o-${id}`);
    this.offers.push({
      ...rest,
      key,
      languages: languages ?? ['da'],
      status: status ?? 'ACTIVE',
      holdsAuthority: holdsAuthority ?? false,
      channels: channels ?? [this.email(id)],
      lastVerifiedDaysAgo: lastVerifiedDaysAgo ?? this.kit.verifiedDaysAgo(),
      lastVerifiedBy: rest.lastVerifiedBy ?? this.verifier(),
    });
    return key;
  }

  // Channel helpers for offers.
  phone(label = 'Telefon'): DemoChannel {
    return { kind: 'PHONE', value: this.kit.serviceNumber(), label, visibility: 'PUBLIC' };
  }

  staffPhone(label = 'Direkte linje for fagpersoner'): DemoChannel {
    return { kind: 'PHONE', value: this.kit.directNumber(), label, visibility: 'STAFF' };
  }

  sms(label = 'SMS'): DemoChannel {
    return { kind: 'SMS', value: this.kit.directNumber(), label, visibility: 'PUBLIC' };
  }

  email(local: string, label = 'E-mail'): DemoChannel {
    return { kind: 'EMAIL', value: `${this.slug}.${slugify(local)}.demo@example.org`, label, visibility: 'PUBLIC' };
  }

  web(path: string, label = 'Læs mere'): DemoChannel {
    return { kind: 'WEB', value: `https://example.org/${this.slug}/${path}`, label, visibility: 'PUBLIC' };
  }

  chat(path: string, label = 'Chat'): DemoChannel {
    return { kind: 'CHAT', value: `https://example.org/${this.slug}/${path}`, label, visibility: 'PUBLIC' };
  }

  video(path: string, label = 'Videomøde for fagpersoner (aftales på forhånd)'): DemoChannel {
    return { kind: 'VIDEO', value: `https://example.org/${this.slug}/${path}`, label, visibility: 'STAFF' };
  }

  dropIn(where: string, label = 'Drop-in'): DemoChannel {
    return { kind: 'DROP_IN', value: where, label, visibility: 'PUBLIC' };
  }

  build(meta: OrganisationMeta): DemoOrganisation {
    return {
      key: this.key,
      name: meta.name,
      sector: meta.sector,
      website: `https://example.org/${this.slug}`,
      description: meta.description,
      units: this.units,
      contacts: this.contacts,
      offers: this.offers,
      ...(meta.municipalityCode === undefined ? {} : { municipalityCode: meta.municipalityCode }),
      ...(meta.regionKey === undefined ? {} : { regionKey: meta.regionKey }),
      ...(meta.parentKey === undefined ? {} : { parentKey: meta.parentKey }),
      ...(meta.location === undefined ? {} : { location: meta.location }),
    };
  }

  private verifier(): string {
    return this.kit.pick(this.verifiers);
  }

  private claim(key: string): string {
    if (this.usedKeys.has(key)) {
      throw new Error(`Duplicate demo key: ${key}`);
    }
    this.usedKeys.add(key);
    return key;
  }

  private claimNumbered(base: string): string {
    for (let n = 1; ; n += 1) {
      const key = `${base}-${n}`;
      if (!this.usedKeys.has(key)) {
        this.usedKeys.add(key);
        return key;
      }
    }
  }
}
