// The ten Livsmod municipalities (North Zealand). Unit names vary a little from municipality to
// municipality, as they do in real life; they are plausible, not copied from each municipality's chart.

import type { OfferStatus } from './demo-dataset.types.js';

export type LivsmodOptionalOffer =
  | 'ssp-samtaler'
  | 'ppr-fravaer'
  | 'opfoelgning-selvmord'
  | 'ungestoette'
  | 'vaerested'
  | 'skp'
  | 'boern-af-psykisk-syge'
  | 'midlertidigt-botilbud'
  | 'laengerevarende-botilbud'
  | 'behandling-102'
  | 'fravaersteam'
  | 'angstkursus';

export type LivsmodCoreOffer =
  | 'samtaletilbud'
  | 'anonym-raadgivning'
  | 'udskrivningsmentor'
  | 'familiebehandling'
  | 'bostoette'
  | 'misbrug-unge'
  | 'fgu-vejledning'
  | 'stu';

export interface StatusOverride {
  status: OfferStatus;
  endsOn?: string;
  /** Danish sentence appended to the description. */
  note: string;
}

export interface LivsmodMunicipality {
  code: string;
  name: string;
  slug: string;
  orgKey: string;
  towns: readonly [string, ...string[]];
  childrenDept: string;
  socialDept: string;
  jobcenter: string;
  misbrug: string;
  ungdomsskole: string;
  familyUnit: string;
  socpsykUnit: string;
  sundhedUnit: string;
  optional: readonly LivsmodOptionalOffer[];
  skipCore?: readonly LivsmodCoreOffer[];
  statusOverrides?: Partial<Record<LivsmodCoreOffer | LivsmodOptionalOffer, StatusOverride>>;
  /** Extra sentence for the organisation description. */
  profile: string;
}

export const LIVSMOD_MUNICIPALITIES: readonly LivsmodMunicipality[] = [
  {
    code: '0201',
    name: 'Allerød',
    slug: 'alleroed',
    orgKey: 'kommune-alleroed',
    towns: ['Lillerød', 'Blovstrød', 'Lynge'],
    childrenDept: 'Center for Børn, Unge og Familier',
    socialDept: 'Center for Social og Sundhed',
    jobcenter: 'Jobcenter Allerød',
    misbrug: 'Rusmiddelcenter Allerød',
    ungdomsskole: 'Allerød Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri og Bostøtte',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['opfoelgning-selvmord', 'vaerested'],
    profile: 'Kommunen har samlet sin indgang for unge 15–25 år i Jobcenter Allerøds ungeindsats.',
  },
  {
    code: '0210',
    name: 'Fredensborg',
    slug: 'fredensborg',
    orgKey: 'kommune-fredensborg',
    towns: ['Fredensborg', 'Humlebæk', 'Kokkedal', 'Nivå'],
    childrenDept: 'Børne- og Ungeforvaltningen',
    socialDept: 'Social- og Sundhedsforvaltningen',
    jobcenter: 'Jobcenter Fredensborg',
    misbrug: 'Misbrugscenter Fredensborg',
    ungdomsskole: 'Fredensborg Ungdomsskole',
    familyUnit: 'Børne- og Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Sundhedsfremme og Forebyggelse',
    optional: ['skp', 'boern-af-psykisk-syge'],
    profile: 'Ungdomsskolen har afdelinger i både Humlebæk, Kokkedal og Fredensborg.',
  },
  {
    code: '0250',
    name: 'Frederikssund',
    slug: 'frederikssund',
    orgKey: 'kommune-frederikssund',
    towns: ['Frederikssund', 'Jægerspris', 'Slangerup', 'Skibby'],
    childrenDept: 'Børne- og Ungeforvaltningen',
    socialDept: 'Social- og Sundhedsforvaltningen',
    jobcenter: 'Jobcenter Frederikssund',
    misbrug: 'Misbrugscenter Frederikssund',
    ungdomsskole: 'Frederikssund Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['midlertidigt-botilbud', 'fravaersteam'],
    profile: 'Kommunen dækker et stort geografisk område; mange samtaler holdes derfor lokalt i Jægerspris, Slangerup og Skibby.',
  },
  {
    code: '0190',
    name: 'Furesø',
    slug: 'furesoe',
    orgKey: 'kommune-furesoe',
    towns: ['Farum', 'Værløse'],
    childrenDept: 'Børne- og Ungeforvaltningen',
    socialDept: 'Social- og Sundhedsforvaltningen',
    jobcenter: 'Jobcenter Furesø',
    misbrug: 'Misbrugscenter Furesø',
    ungdomsskole: 'Furesø Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['ssp-samtaler'],
    skipCore: ['udskrivningsmentor'],
    profile:
      'Furesø arbejder med KIL (skoleinklusion), Konsultativt Forum og en samlet Ungeafdeling for 10–30-årige under Jobcenter Furesø.',
  },
  {
    code: '0270',
    name: 'Gribskov',
    slug: 'gribskov',
    orgKey: 'kommune-gribskov',
    towns: ['Helsinge', 'Gilleleje', 'Græsted'],
    childrenDept: 'Center for Børn og Unge',
    socialDept: 'Center for Social og Sundhed',
    jobcenter: 'Jobcenter Gribskov',
    misbrug: 'Rusmiddelcenter Gribskov',
    ungdomsskole: 'Gribskov Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['behandling-102', 'skp'],
    statusOverrides: {
      'behandling-102': {
        status: 'PAUSED',
        note: 'Tilbuddet er sat på pause, mens kommunen genudbyder psykologaftalen; nye ansøgninger behandles efter sommerferien.',
      },
    },
    profile: 'Kommunen har drop-in i både Helsinge og Gilleleje, fordi afstandene er store.',
  },
  {
    code: '0260',
    name: 'Halsnæs',
    slug: 'halsnaes',
    orgKey: 'kommune-halsnaes',
    towns: ['Frederiksværk', 'Hundested', 'Ølsted'],
    childrenDept: 'Børne- og Ungeforvaltningen',
    socialDept: 'Social- og Sundhedsforvaltningen',
    jobcenter: 'Jobcenter Halsnæs',
    misbrug: 'Misbrugscenter Halsnæs',
    ungdomsskole: 'Halsnæs Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri og Bostøtte',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['angstkursus', 'midlertidigt-botilbud'],
    statusOverrides: {
      angstkursus: {
        status: 'ENDED',
        endsOn: '2025-12-31',
        note: 'Projektet var finansieret af puljemidler, der udløb ved udgangen af 2025. Henvis i stedet til PPR.',
      },
    },
    profile: 'Socialpsykiatrien og misbrugscentret deler adresse i Frederiksværk, hvilket letter samarbejdet om dobbeltdiagnoser.',
  },
  {
    code: '0217',
    name: 'Helsingør',
    slug: 'helsingoer',
    orgKey: 'kommune-helsingoer',
    towns: ['Helsingør', 'Espergærde', 'Hornbæk', 'Snekkersten'],
    childrenDept: 'Center for Børn, Unge og Familier',
    socialDept: 'Center for Sundhed og Social',
    jobcenter: 'Jobcenter Helsingør',
    misbrug: 'Misbrugscenter Helsingør',
    ungdomsskole: 'Helsingør Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Selvmordsforebyggelse og Sundhed',
    optional: ['opfoelgning-selvmord', 'ungestoette', 'laengerevarende-botilbud'],
    profile: 'Helsingør Kommune er forankringskommune for Livsmod og huser netværkets sekretariat og faglige tovholder.',
  },
  {
    code: '0219',
    name: 'Hillerød',
    slug: 'hilleroed',
    orgKey: 'kommune-hilleroed',
    towns: ['Hillerød', 'Skævinge', 'Gørløse'],
    childrenDept: 'Børne- og Ungeforvaltningen',
    socialDept: 'Social- og Sundhedsforvaltningen',
    jobcenter: 'Jobcenter Hillerød',
    misbrug: 'Misbrugscenter Hillerød',
    ungdomsskole: 'Hillerød Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['ungestoette', 'vaerested'],
    profile: 'Kommunen ligger tæt på hospitalet i Hillerød og har et fast samarbejde med hospitalets Børne- og Ungeafdeling.',
  },
  {
    code: '0223',
    name: 'Hørsholm',
    slug: 'hoersholm',
    orgKey: 'kommune-hoersholm',
    towns: ['Hørsholm', 'Rungsted'],
    childrenDept: 'Center for Børn og Unge',
    socialDept: 'Center for Sundhed og Omsorg',
    jobcenter: 'Jobcenter Hørsholm',
    misbrug: 'Rusmiddelrådgivningen Hørsholm',
    ungdomsskole: 'Hørsholm Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['fravaersteam', 'angstkursus'],
    profile: 'En lille kommune med korte veje: PPR, familierådgivningen og ungdomsskolen holder fælles visitationsmøde hver uge.',
  },
  {
    code: '0230',
    name: 'Rudersdal',
    slug: 'rudersdal',
    orgKey: 'kommune-rudersdal',
    towns: ['Holte', 'Birkerød', 'Nærum', 'Vedbæk'],
    childrenDept: 'Børne- og Ungeforvaltningen',
    socialDept: 'Social- og Sundhedsforvaltningen',
    jobcenter: 'Jobcenter Rudersdal',
    misbrug: 'Misbrugscenter Rudersdal',
    ungdomsskole: 'Rudersdal Ungdomsskole',
    familyUnit: 'Familierådgivningen',
    socpsykUnit: 'Socialpsykiatri',
    sundhedUnit: 'Sundhed og Forebyggelse',
    optional: ['boern-af-psykisk-syge', 'opfoelgning-selvmord', 'ppr-fravaer'],
    profile: 'Ungdomsskolen har samtaletilbud i både Holte og Birkerød.',
  },
];
