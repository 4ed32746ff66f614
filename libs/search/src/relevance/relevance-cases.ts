// The relevance suite: Danish queries typed the way professionals type them, each with the records
// of the demo dataset that must be among the first three hits. Records are named by type, name and
// organisation (stable across seeds), never by id. See relevance-evaluator.ts for how they are scored.
import type { SearchDocumentType } from '../search-engine.port.js';
import type { RecordMatcher, RecordPattern, RelevanceCase } from './relevance-evaluator.js';

const record =
  (type: SearchDocumentType) =>
  (name: string, organisation?: string): RecordPattern => ({ type, name, organisation });
const offer = record('OFFER');
const contact = record('CONTACT');
const unit = record('UNIT');
const organisation = (name: string): RecordPattern => ({ type: 'ORGANISATION', name });
/** Any record whose name contains the fragment (optionally of one type or organisation). */
const titled = (nameContains: string, type?: SearchDocumentType, org?: string): RecordPattern => ({
  nameContains,
  type,
  organisation: org,
});
const times = (n: number, matcher: RecordMatcher): RecordMatcher[] => Array.from({ length: n }, () => matcher);

const REGION_H = 'Region Hovedstaden';
const EATING = titled('spiseforstyrrelse');
const BOSTOTTE = offer('Bostøtte (Serviceloven § 85)');
const CHILD_PSYCHIATRY: RecordPattern[] = [
  unit('BUC Bispebjerg', REGION_H),
  offer('Udredning i børne- og ungdomspsykiatrien', REGION_H),
  offer('Børne- og ungdomspsykiatrisk akutmodtagelse', REGION_H),
  contact('Børne- og ungdomspsykiatrisk akutmodtagelse, Bispebjerg', REGION_H),
  contact('Visitation, BUC Bispebjerg', REGION_H),
  contact('Kommunesamarbejde ved udskrivning, BUC', REGION_H),
  offer('Ambulant behandling af spiseforstyrrelser for børn og unge', REGION_H),
  offer('Psykoedukation for forældre – gruppeforløb', REGION_H),
];
const BUP_ENTRY = titled('Indgang ved udskrivning fra børne- og ungdomspsykiatrien', 'CONTACT');
const DISCHARGE = titled('udskrivning');
/** The regional centre for suicide prevention: the unit, its clinic's offer or its referral line. */
const SUICIDE_PREVENTION_CENTRE: RecordPattern[] = [
  unit('Kompetencecenter for Selvmordsforebyggelse', REGION_H),
  offer('Klinik for Selvmordsforebyggelse – samtaleforløb for voksne', REGION_H),
  contact('Klinik for Selvmordsforebyggelse – henvisning og visitation', REGION_H),
];

const HELSINGOR = 'Helsingør Kommune';
const HELSINGOR_BUP_ENTRY = contact('Indgang ved udskrivning fra børne- og ungdomspsykiatrien – Familierådgivningen', HELSINGOR);
/** Any of Helsingør's own records (a municipality named in the query comes before the region). */
const HELSINGOR_OWN: RecordPattern = { organisation: HELSINGOR };

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Inflections: singular, plural and definite forms of the same word find the same records.
  { kind: 'inflection', query: 'spiseforstyrrelser', top3: times(3, EATING) },
  { kind: 'inflection', query: 'spiseforstyrrelse', top3: times(3, EATING) },
  { kind: 'inflection', query: 'selvmordsforsøg', top3: times(3, titled('selvmordsforsøg')) },
  { kind: 'inflection', query: 'udskrivningsmentorer', top3: times(3, titled('Udskrivningsmentor', 'OFFER')) },
  { kind: 'inflection', query: 'overgangen til voksenlivet', top3: times(3, titled('voksenlivet')) },
  { kind: 'inflection', query: 'selvmordstanker', top3: [offer('Anonym rådgivning ved selvmordstanker – telefon og chat', 'Livslinien')] },
  { kind: 'inflection', query: 'sorggrupper', top3: [offer('Sorggrupper for unge', 'Børn, Unge & Sorg')] },
  { kind: 'inflection', query: 'dobbeltdiagnoser', top3: [offer('Tværfagligt udgående team – behandling ved dobbeltdiagnose', REGION_H)] },
  { kind: 'inflection', query: 'pårørende spiseforstyrrelse', top3: [titled('Pårørendegruppe', 'OFFER')] },
  { kind: 'inflection', query: 'botilbud', top3: times(3, titled('botilbud', 'OFFER')) },
  { kind: 'inflection', query: 'skolefravær', top3: times(3, titled('skolefravær')) },
  { kind: 'inflection', query: 'værested', top3: times(2, titled('værested', 'OFFER')) },

  // Compounds: a compound finds its parts and the parts find the compound.
  { kind: 'compound', query: 'selvmordsforebyggelse', top3: [SUICIDE_PREVENTION_CENTRE], alsoRelevant: [titled('selvmordsforebygg')] },
  {
    kind: 'compound',
    query: 'forebyggelse af selvmord',
    top3: [titled('selvmordsforebygg')],
    alsoRelevant: [titled('Forebyggelse', 'UNIT')],
  },
  { kind: 'compound', query: 'psykisk sårbar', top3: times(2, titled('psykisk sårbarhed', 'OFFER')) },
  { kind: 'compound', query: 'ungdomsskole samtale', top3: times(3, titled('Ungdomsskolens samta', 'OFFER')) },
  {
    kind: 'compound',
    query: 'misbrugsbehandling unge',
    top3: times(3, offer('Misbrugsbehandling for unge (Serviceloven § 101)')),
  },
  { kind: 'compound', query: 'efterladte selvmord', top3: [offer('Rådgivning for efterladte efter selvmord', 'Livslinien')] },
  { kind: 'compound', query: 'selvmordsrisiko', top3: [contact('Rådgivning for fagpersoner om selvmordsrisiko', REGION_H)] },
  {
    kind: 'compound',
    query: 'rusmiddelbehandling unge',
    top3: times(3, offer('Misbrugsbehandling for unge (Serviceloven § 101)')),
  },

  // Abbreviations: the short form finds the long one and the other way round.
  { kind: 'abbreviation', query: 'BUP', top3: [CHILD_PSYCHIATRY], alsoRelevant: [BUP_ENTRY] },
  { kind: 'abbreviation', query: 'BUP udskrivning', top3: times(2, [BUP_ENTRY, ...CHILD_PSYCHIATRY]) },
  { kind: 'abbreviation', query: 'børne- og ungdomspsykiatri', top3: times(2, CHILD_PSYCHIATRY), alsoRelevant: [BUP_ENTRY] },
  { kind: 'abbreviation', query: 'PPR', top3: times(3, titled('PPR')) },
  { kind: 'abbreviation', query: 'pædagogisk psykologisk rådgivning', top3: times(3, titled('PPR')) },
  { kind: 'abbreviation', query: 'UU', top3: times(3, titled('UU-vejledning')) },
  { kind: 'abbreviation', query: 'ungdommens uddannelsesvejledning', top3: times(2, titled('UU-vejledning')) },
  { kind: 'abbreviation', query: 'SSP', top3: times(3, titled('SSP')) },
  { kind: 'abbreviation', query: 'OPUS', top3: times(3, titled('OPUS')) },
  { kind: 'abbreviation', query: 'opus psykose', top3: times(2, titled('tidlig indsats ved første psykose', 'OFFER')) },
  { kind: 'abbreviation', query: 'KUI', top3: times(3, titled('Ungeindsats/KUI')) },
  { kind: 'abbreviation', query: 'kommunal ungeindsats', top3: times(2, titled('Ungeindsats')) },
  { kind: 'abbreviation', query: 'STU', top3: times(3, titled('STU')) },
  { kind: 'abbreviation', query: 'FGU vejledning', top3: times(3, offer('FGU-vejledning')) },
  {
    kind: 'abbreviation',
    query: 'KIL',
    top3: times(2, titled('KIL')),
  },

  // Synonyms: the words coordinators keep as synonym groups.
  { kind: 'synonym', query: 'bostøtte', top3: times(3, BOSTOTTE) },
  { kind: 'synonym', query: '§ 85', top3: times(3, [BOSTOTTE, titled('Serviceloven § 85', 'OFFER')]) },
  { kind: 'synonym', query: 'sel 85', top3: times(3, [BOSTOTTE, titled('Serviceloven § 85', 'OFFER')]) },
  { kind: 'synonym', query: 'socialpædagogisk støtte', top3: times(3, BOSTOTTE) },
  { kind: 'synonym', query: 'udskrivelse', top3: times(3, DISCHARGE) },
  { kind: 'synonym', query: 'udskrivelse fra psykiatrien', top3: times(3, DISCHARGE) },
  {
    kind: 'synonym',
    query: 'psykiatrisk skadestue',
    top3: [[offer('Psykiatrisk akutmodtagelse, Glostrup', REGION_H), contact('Psykiatrisk akutmodtagelse, Glostrup', REGION_H)]],
    alsoRelevant: [titled('akutmodtagelse')],
  },
  { kind: 'synonym', query: 'mentor efter udskrivelse', top3: times(2, titled('Udskrivningsmentor', 'OFFER')) },

  // Typos: one or two letters wrong, swapped or missing.
  { kind: 'typo', query: 'spisefortyrrelser', top3: times(3, EATING) },
  { kind: 'typo', query: 'selvmorsforebyggelse', top3: [SUICIDE_PREVENTION_CENTRE], alsoRelevant: [titled('selvmordsforebygg')] },
  { kind: 'typo', query: 'angts unge', top3: times(2, titled('angst', 'OFFER')) },
  { kind: 'typo', query: 'bostøte', top3: times(3, BOSTOTTE) },
  { kind: 'typo', query: 'udskrivnig', top3: times(3, DISCHARGE) },
  { kind: 'typo', query: 'depresion', top3: times(3, titled('depression')) },
  { kind: 'typo', query: 'autsime', top3: times(3, titled('autisme')) },
  { kind: 'typo', query: 'famileibehandling', top3: times(3, offer('Familiebehandling (Barnets Lov § 32)')) },
  { kind: 'typo', query: 'misbrugsbehanling', top3: times(3, titled('Misbrugsbehandling', 'OFFER')) },
  { kind: 'typo', query: 'headspce', top3: times(3, titled('Headspace')) },
  { kind: 'typo', query: 'udskrivelsse', top3: times(3, DISCHARGE) },

  // A municipality inside the query narrows to what serves it.
  { kind: 'municipality', query: 'angst unge Herning', top3: [offer('UngMod – gruppeforløb om angst og ensomhed', 'Herning Kommune')] },
  { kind: 'municipality', query: 'bostøtte Sønderborg', top3: [offer('Bostøtte (Serviceloven § 85)', 'Sønderborg Kommune')] },
  {
    kind: 'municipality',
    query: 'spiseforstyrrelser sønderborg',
    top3: times(3, [
      offer('Opsøgende støtte ved spiseforstyrrelser (Serviceloven § 85)', 'Sønderborg Kommune'),
      unit('Team for Spiseforstyrrelser', 'Sønderborg Kommune'),
      contact('Team for Spiseforstyrrelser – henvendelser', 'Sønderborg Kommune'),
      offer('Pårørendegruppe – spiseforstyrrelser (i samarbejde med LMS)', 'Sønderborg Kommune'),
      offer('Samtalegruppe i Sønderborg (i samarbejde med Team for Spiseforstyrrelser)', 'LMS Sønderborg'),
    ]),
  },
  { kind: 'municipality', query: 'SSP Helsingør', top3: [unit('SSP', 'Helsingør Kommune')] },
  { kind: 'municipality', query: 'PPR Ballerup', top3: [unit('PPR', 'Ballerup Kommune')] },
  { kind: 'municipality', query: 'PPR Herning', top3: [unit('PPR Herning', 'Herning Kommune')] },
  {
    kind: 'municipality',
    query: 'ungdomsskole gribskov',
    top3: [unit('Gribskov Ungdomsskole', 'Gribskov Kommune'), offer('Ungdomsskolens samtaletilbud', 'Gribskov Kommune')],
  },
  {
    kind: 'municipality',
    query: 'socialvagt hillerød',
    top3: [contact('Døgnåben vagttelefon – Socialvagten i Hillerød', 'Hillerød Kommune')],
  },
  { kind: 'municipality', query: 'familiebehandling i Allerød', top3: [offer('Familiebehandling (Barnets Lov § 32)', 'Allerød Kommune')] },
  {
    kind: 'municipality',
    query: 'misbrug herning',
    top3: [[offer('Misbrugsbehandling (Serviceloven § 101)', 'Herning Kommune'), unit('Rusmiddelcentret', 'Herning Kommune')]],
  },
  {
    kind: 'municipality',
    query: 'udskrivning voksenpsykiatri Furesø',
    top3: [contact('Indgang ved udskrivning fra voksenpsykiatrien – Socialpsykiatri', 'Furesø Kommune')],
  },

  // An age inside the query keeps only what accepts that age.
  { kind: 'age', query: '17-årig angst', top3: times(2, titled('angst', 'OFFER')) },
  { kind: 'age', query: 'mentor 16 år', top3: [offer('Ung På Vej – ugentlig mentor for 15–18-årige', 'Herning Kommune')] },
  {
    kind: 'age',
    query: 'spiseforstyrrelse 10-årig',
    top3: [
      offer('Ambulant behandling af spiseforstyrrelser for børn og unge', REGION_H),
      offer('Somatisk stabilisering ved spiseforstyrrelser', REGION_H),
    ],
  },
  {
    kind: 'age',
    query: '14-årig selvskade',
    top3: times(2, [
      offer('Indlæggelse og opfølgning efter forgiftning eller selvskade', REGION_H),
      offer('Anonym rådgivning om spiseforstyrrelser og selvskade'),
      offer('Børne- og ungdomspsykiatrisk akutmodtagelse', REGION_H),
    ]),
  },
  { kind: 'age', query: '20-årige misbrug', top3: times(3, offer('Misbrugsbehandling for unge (Serviceloven § 101)')) },
  { kind: 'age', query: 'sorg 8 år', top3: [offer('Anonym rådgivning for børn og unge i sorg', 'Børn, Unge & Sorg')] },
  { kind: 'age', query: 'autisme 25-årig', top3: [offer('Netværksgrupper for unge med autisme', 'Autismeforeningen')] },
  {
    kind: 'age',
    query: 'overgang 18 år Herning',
    top3: [
      [
        offer('Ung i Centrum – koordineret støtte efter 18 år', 'Herning Kommune'),
        contact('Ung i Centrum – koordinerende team', 'Herning Kommune'),
      ],
    ],
  },

  // Situations and names, typed as people type them.
  { kind: 'situation', query: 'anonym rådgivning unge', top3: times(3, titled('anonym')) },
  { kind: 'situation', query: 'vagttelefon', top3: times(3, titled('vagttelefon')) },
  { kind: 'situation', query: 'vold i familien', top3: [offer('Anonym rådgivning om vold og overgreb i familien', 'Bryd Tavsheden')] },
  { kind: 'situation', query: 'livsmod sekretariat', top3: [contact('Livsmod-sekretariatet', 'Helsingør Kommune')] },
  { kind: 'situation', query: 'ung i centrum', top3: times(3, titled('Ung i Centrum')) },
  {
    kind: 'situation',
    query: 'UngMod',
    top3: [unit('UngMod', 'Herning Kommune'), titled('UngMod 24/7')],
    alsoRelevant: [titled('UngMod')],
  },
  { kind: 'situation', query: 'angstforeningen', top3: [organisation('Angstforeningen')] },
  {
    kind: 'situation',
    query: 'ensomhed unge',
    top3: [[offer('Projekt Ung og Ensom', 'Herning Kommune'), offer('UngMod – gruppeforløb om angst og ensomhed', 'Herning Kommune')]],
  },
  {
    kind: 'situation',
    query: 'underretning',
    top3: [[contact('Familieafdelingen – modtagelsen', 'Herning Kommune'), titled('Familierådgivningen')]],
  },
  {
    kind: 'situation',
    query: 'samarbejdsmodellen højt fravær',
    top3: [
      [offer('Samarbejdsmodellen – fælles plan ved højt skolefravær', 'Ballerup Kommune'), unit('Samarbejdsmodellen', 'Ballerup Kommune')],
    ],
  },
  // Situations understood from how professionals write them rank higher; the municipality's own entry points first.
  { kind: 'situation', query: 'udskrivning BUP Helsingør', top3: [HELSINGOR_BUP_ENTRY, HELSINGOR_OWN] },
  {
    kind: 'situation',
    query: 'udskrivning BUP selvmordsforsøg Helsingør 17-årig',
    top3: [HELSINGOR_BUP_ENTRY, contact('Døgnåben vagttelefon – Socialvagten i Helsingør', HELSINGOR), HELSINGOR_OWN],
  },
  {
    kind: 'situation',
    query: 'fylder 18 Helsingør',
    top3: [
      [contact('Indgang ved overgangen til voksenlivet (16–23 år)', HELSINGOR), offer('Ungestøtte efter det fyldte 18. år', HELSINGOR)],
    ],
  },
  {
    kind: 'situation',
    query: 'udskrivningskoordinator glostrup',
    top3: [contact('Udskrivningskoordinator, Psykiatrisk Center Glostrup', REGION_H)],
  },
];
