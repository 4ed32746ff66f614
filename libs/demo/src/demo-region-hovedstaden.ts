// Region Hovedstaden (REGIONAL): the regional units that work with the Livsmod municipalities and
// Ballerup – Kompetencecenter for Selvmordsforebyggelse, Psykiatrisk Center Glostrup with its
// cross-disciplinary outreach team and OPUS, Psykiatrisk Center Nordsjælland with OPUS, BUC Bispebjerg
// and the Børne- og Ungeafdeling at Hillerød Hospital.

import { LEGAL, OrgBuilder } from './demo-builder.js';
import type { DemoLegalBasis, DemoOrganisation } from './demo-dataset.types.js';
import { alwaysOpen, officeHours } from './demo-hours.js';
import type { DemoKit } from './demo-kit.js';
import { TOWNS } from './demo-places.js';
import { LIVSMOD_MUNICIPALITIES } from './demo-livsmod-config.js';

const LIVSMOD_CODES: string[] = LIVSMOD_MUNICIPALITIES.map((m) => m.code);
const ALL_CODES: string[] = [...LIVSMOD_CODES, '0151'];
const GLOSTRUP_CODES: string[] = ['0151'];

type PersonRow = readonly [unitKey: string, roleTitle: string, helpText: string, situations: string[]];

export function buildRegionHovedstaden(kit: DemoKit): DemoOrganisation {
  const b = new OrgBuilder(kit, 'region-hovedstaden', 'region-hovedstaden', [
    'Sektorkoordinator, Region Hovedstadens Psykiatri',
    'Regionens nøgleperson i Livsmod',
    'Afdelingssygeplejerske',
  ]);
  const h = (): number => kit.int(0, 4);

  const psyk = b.unit('psykiatri', 'Region Hovedstadens Psykiatri', 'FORVALTNING', { location: TOWNS.hilleroed });
  const ksf = b.unit('selvmordsforebyggelse', 'Kompetencecenter for Selvmordsforebyggelse', 'CENTER', {
    parentKey: psyk,
    description: 'Ambulante forløb efter selvmordsforsøg, rådgivning af fagpersoner og undervisning.',
    location: TOWNS.koebenhavn,
  });
  const pcg = b.unit('pc-glostrup', 'Psykiatrisk Center Glostrup', 'CENTER', { parentKey: psyk, location: TOWNS.glostrup });
  const tut = b.unit('udgaaende-glostrup', 'Tværfagligt udgående team Glostrup', 'TEAM', {
    parentKey: pcg,
    description: 'Udgående behandling for borgere med svær psykisk sygdom og misbrug, som ikke profiterer af ambulant behandling.',
    location: TOWNS.glostrup,
  });
  const opusG = b.unit('opus-glostrup', 'OPUS Glostrup', 'TEAM', { parentKey: pcg, location: TOWNS.glostrup });
  const pcn = b.unit('pc-nordsjaelland', 'Psykiatrisk Center Nordsjælland', 'CENTER', { parentKey: psyk, location: TOWNS.hilleroed });
  const opusN = b.unit('opus-nordsjaelland', 'OPUS Nordsjælland', 'TEAM', { parentKey: pcn, location: TOWNS.hilleroed });
  const buc = b.unit('buc-bispebjerg', 'BUC Bispebjerg', 'CENTER', {
    parentKey: psyk,
    description: 'Børne- og Ungdomspsykiatrisk Center: akutmodtagelse, udredning og behandling for børn og unge under 18 år.',
    location: TOWNS.bispebjerg,
  });
  const hosp = b.unit('hilleroed-hospital', 'Nordsjællands Hospital, Hillerød', 'CENTER', { location: TOWNS.hilleroed });
  const bua = b.unit('bua-hilleroed', 'Børne- og Ungeafdelingen, Hillerød Hospital', 'AFDELING', {
    parentKey: hosp,
    description: 'Somatisk børne- og ungeafdeling, der bl.a. modtager unge efter forgiftning og selvskade.',
    location: TOWNS.hilleroed,
  });

  // Functions
  b.fn({
    id: 'ksf-henvisning',
    unitKey: ksf,
    name: 'Klinik for Selvmordsforebyggelse – henvisning og visitation',
    helpText:
      'Henvisning af borgere efter selvmordsforsøg eller med alvorlige selvmordstanker. Kommunale fagpersoner kan ringe på den direkte linje og drøfte, om en henvisning er relevant.',
    situations: ['suicidal-behaviour', 'self-harm'],
    openingHours: officeHours('long', h()),
  });
  b.fn({
    id: 'ksf-fagpersoner',
    unitKey: ksf,
    name: 'Rådgivning for fagpersoner om selvmordsrisiko',
    helpText: 'Kun for fagpersoner: sparring om en konkret bekymring (uden cpr-nummer) og om risikovurdering.',
    situations: ['suicidal-behaviour', 'self-harm'],
    publicPhone: false,
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'pcg-akut',
    unitKey: pcg,
    name: 'Psykiatrisk akutmodtagelse, Glostrup',
    helpText: 'Døgnåben psykiatrisk akutmodtagelse for voksne. Fagpersoner kan ringe direkte til vagthavende for at varsle en borger.',
    situations: ['suicidal-behaviour', 'psychiatric-assessment', 'dual-diagnosis'],
    publicPhoneLabel: 'Akutmodtagelsen',
    staffLineLabel: 'Vagthavende sygeplejerske (fagpersoner)',
    email: false,
    openingHours: alwaysOpen(),
  });
  b.fn({
    id: 'pcg-udskrivning',
    unitKey: pcg,
    name: 'Udskrivningskoordinator, Psykiatrisk Center Glostrup',
    helpText:
      'Kommunerne kan ringe hertil om udskrivningsaftaler og koordinationsplaner, og når en udskrivning skal planlægges med bostøtte, mentor eller botilbud.',
    situations: ['discharge', 'discharge-adult-psychiatry'],
    publicPhone: false,
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'pcn-sektorovergange',
    unitKey: pcn,
    name: 'Sektorovergange, Psykiatrisk Center Nordsjælland',
    helpText: 'Fast indgang for de nordsjællandske kommuner ved udskrivning og ved spørgsmål om samarbejdsaftaler.',
    situations: ['discharge', 'discharge-adult-psychiatry', 'transition-18'],
    publicPhone: false,
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'tut',
    unitKey: tut,
    name: 'Tværfagligt udgående team – henvisning',
    helpText:
      'Henvisning af borgere med dobbeltdiagnose, der ikke kan fastholdes i ambulant behandling. Teamet kommer ud, også til borgere uden fast bolig.',
    situations: ['dual-diagnosis', 'no-fixed-address', 'discharge-adult-psychiatry'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'opus-glostrup',
    unitKey: opusG,
    name: 'OPUS Glostrup – visitation',
    helpText: 'Henvisning af unge voksne med første psykose. Visitationen ringer tilbage samme dag.',
    situations: ['psychiatric-assessment', 'discharge-adult-psychiatry'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'opus-nordsjaelland',
    unitKey: opusN,
    name: 'OPUS Nordsjælland – visitation',
    helpText: 'Henvisning af unge voksne fra Nordsjælland med første psykose; tæt samarbejde med kommunernes udskrivningsmentorer.',
    situations: ['psychiatric-assessment', 'discharge-adult-psychiatry', 'transition-18'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'buc-akut',
    unitKey: buc,
    name: 'Børne- og ungdomspsykiatrisk akutmodtagelse, Bispebjerg',
    helpText:
      'Døgnåben akutmodtagelse for børn og unge under 18 år. Henvisning via egen læge eller lægevagten; fagpersoner kan varsle på den direkte linje.',
    situations: ['suicidal-behaviour', 'self-harm', 'psychiatric-assessment'],
    email: false,
    openingHours: alwaysOpen(),
  });
  b.fn({
    id: 'buc-visitation',
    unitKey: buc,
    name: 'Visitation, BUC Bispebjerg',
    helpText: 'Modtager henvisninger til udredning og behandling af børn og unge.',
    situations: ['psychiatric-assessment'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'buc-kommunesamarbejde',
    unitKey: buc,
    name: 'Kommunesamarbejde ved udskrivning, BUC',
    helpText:
      'For kommunale fagpersoner: aftal netværksmøde før et barn eller en ung udskrives, og planlæg overgangen til voksenpsykiatrien for unge, der nærmer sig 18.',
    situations: ['discharge-child-youth-psychiatry', 'transition-18'],
    publicPhone: false,
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'bua-sengeafsnit',
    unitKey: bua,
    name: 'Børne- og Ungeafdelingen, Hillerød – sengeafsnit',
    helpText:
      'Døgnbemandet sengeafsnit. Kommunale fagpersoner kan aftale overlevering, når en ung udskrives efter forgiftning eller selvskade.',
    situations: ['suicidal-behaviour', 'self-harm', 'discharge-child-youth-psychiatry'],
    email: false,
    openingHours: alwaysOpen('Sengeafsnittet er bemandet døgnet rundt'),
  });

  // People
  const people: PersonRow[] = [
    [
      ksf,
      'Overlæge, Kompetencecenter for Selvmordsforebyggelse',
      'Faglig ansvarlig for klinikkens forløb for voksne.',
      ['suicidal-behaviour'],
    ],
    [
      ksf,
      'Psykolog, Klinik for Selvmordsforebyggelse',
      'Samtaleforløb for unge 12–17 år og deres forældre.',
      ['suicidal-behaviour', 'self-harm'],
    ],
    [
      ksf,
      'Psykolog, Klinik for Selvmordsforebyggelse',
      'Samtaleforløb for voksne og undervisning af kommunale fagpersoner.',
      ['suicidal-behaviour'],
    ],
    [
      ksf,
      'Socialrådgiver, Klinik for Selvmordsforebyggelse',
      'Brobygning til kommunen efter endt forløb.',
      ['suicidal-behaviour', 'discharge'],
    ],
    [
      ksf,
      'Klinisk sygeplejespecialist',
      'Underviser i selvmordsrisikovurdering på temadage i Livsmod.',
      ['suicidal-behaviour', 'self-harm'],
    ],
    [pcg, 'Overlæge, Psykiatrisk Center Glostrup', 'Ledende overlæge for sengeafsnittene.', ['discharge-adult-psychiatry']],
    [
      pcg,
      'Udskrivningskoordinator, sygeplejerske',
      'Planlægger udskrivninger med kommunerne.',
      ['discharge', 'discharge-adult-psychiatry'],
    ],
    [
      pcg,
      'Socialrådgiver, brobygning',
      'Brobygger til Ballerup og de øvrige kommuner i optageområdet.',
      ['discharge-adult-psychiatry', 'no-fixed-address'],
    ],
    [
      pcg,
      'Socialrådgiver, brobygning',
      'Brobygger for unge 18–25 år, der overgår fra BUC.',
      ['transition-18', 'discharge-adult-psychiatry'],
    ],
    [pcg, 'Afdelingssygeplejerske', 'Leder af akutmodtagelsen.', ['suicidal-behaviour']],
    [tut, 'Teamleder, Tværfagligt udgående team', 'Visitation og samarbejde med kommunernes misbrugscentre.', ['dual-diagnosis']],
    [
      tut,
      'Psykiatrisk sygeplejerske, udgående team',
      'Opsøgende behandling, også for borgere uden fast bolig.',
      ['dual-diagnosis', 'no-fixed-address'],
    ],
    [tut, 'Socialrådgiver, udgående team', 'Koordinerer med bostøtte og herberger.', ['no-fixed-address']],
    [opusG, 'Teamleder, OPUS Glostrup', 'Faglig leder for OPUS-teamet.', ['psychiatric-assessment']],
    [
      opusG,
      'Kontaktperson, OPUS Glostrup',
      'Sygeplejerske og kontaktperson; samarbejder med jobcentrenes mentorer.',
      ['discharge-adult-psychiatry'],
    ],
    [opusG, 'Psykolog, OPUS Glostrup', 'Familiearbejde og psykoedukation.', ['psychiatric-assessment']],
    [
      opusN,
      'Teamleder, OPUS Nordsjælland',
      'Samarbejder med Livsmod-kommunernes ungeindsatser.',
      ['psychiatric-assessment', 'transition-18'],
    ],
    [opusN, 'Ergoterapeut, OPUS Nordsjælland', 'Kontaktperson med fokus på hverdagsliv, uddannelse og job.', ['youth-without-education']],
    [
      pcn,
      'Regionens nøgleperson i Livsmod',
      'Regionens repræsentant i Livsmods styregruppe; hjælper kommuner med at finde den rette regionale kontakt.',
      ['discharge', 'suicidal-behaviour', 'transition-18'],
    ],
    [buc, 'Overlæge, BUC Bispebjerg', 'Faglig ansvarlig for akutmodtagelsen.', ['suicidal-behaviour', 'psychiatric-assessment']],
    [buc, 'Socialrådgiver, BUC', 'Koordinerer med kommunernes familierådgivning ved udskrivning.', ['discharge-child-youth-psychiatry']],
    [
      buc,
      'Sygeplejerske, sengeafsnit for unge',
      'Kontaktperson ved udskrivning af unge 13–17 år.',
      ['discharge-child-youth-psychiatry', 'transition-18'],
    ],
    [
      buc,
      'Psykolog, spiseforstyrrelsesteamet',
      'Ambulant behandling af børn og unge med spiseforstyrrelser.',
      ['discharge-child-youth-psychiatry'],
    ],
    [bua, 'Overlæge, Børne- og Ungeafdelingen', 'Ansvarlig for unge indlagt efter forgiftning.', ['suicidal-behaviour']],
    [
      bua,
      'Sygeplejerske, selvskadekoordinator',
      'Sikrer opfølgning og overlevering til kommunen efter selvskade.',
      ['self-harm', 'suicidal-behaviour'],
    ],
    [
      bua,
      'Socialrådgiver, Børne- og Ungeafdelingen',
      'Kontakt til familierådgivningerne i Nordsjælland.',
      ['discharge-child-youth-psychiatry'],
    ],
  ];
  for (const [unitKey, roleTitle, helpText, situations] of people) {
    b.person({ unitKey, roleTitle, helpText, situations });
  }

  // Offers
  const sundhed = (): DemoLegalBasis[] => [LEGAL.sul('§ 79')];
  b.offer({
    id: 'ksf-voksne',
    unitKey: ksf,
    name: 'Klinik for Selvmordsforebyggelse – samtaleforløb for voksne',
    description:
      'Ambulant forløb på 8–10 samtaler for voksne efter et selvmordsforsøg eller med alvorlige selvmordstanker. Pårørende kan deltage, og klinikken sørger for overlevering til egen læge eller kommune ved afslutning.',
    ageMin: 18,
    situations: ['suicidal-behaviour', 'self-harm', 'discharge'],
    problemTags: ['suicidal-thoughts', 'self-injury', 'depression'],
    accessRoute: 'REFERRAL',
    referredBy: 'Egen læge, hospital eller sagsbehandler',
    legalBasis: sundhed(),
    waitingTime: 'Første samtale inden for 1–2 uger',
    cost: 'Gratis',
    municipalityCodes: [...ALL_CODES],
    channels: [b.phone('Klinikken'), b.staffPhone()],
    openingHours: officeHours('long', h()),
  });
  b.offer({
    id: 'ksf-unge',
    unitKey: ksf,
    name: 'Selvmordsforebyggende samtaler for børn og unge',
    description: 'Forløb for unge 12–17 år efter selvmordsforsøg eller ved selvmordstanker, med inddragelse af forældre.',
    ageMin: 12,
    ageMax: 17,
    situations: ['suicidal-behaviour', 'self-harm'],
    problemTags: ['suicidal-thoughts', 'self-injury'],
    accessRoute: 'REFERRAL',
    referredBy: 'Egen læge, hospital eller BUC',
    legalBasis: sundhed(),
    cost: 'Gratis',
    municipalityCodes: [...ALL_CODES],
    channels: [b.phone('Klinikken, børn og unge')],
  });
  b.offer({
    id: 'ksf-paaroerende',
    unitKey: ksf,
    name: 'Samtaler for pårørende efter selvmordsforsøg',
    description: 'Op til tre samtaler for pårørende – forældre, partnere og søskende – til en person, der har forsøgt selvmord.',
    situations: ['suicidal-behaviour'],
    problemTags: ['suicidal-thoughts', 'grief'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: sundhed(),
    cost: 'Gratis',
    municipalityCodes: [...ALL_CODES],
    channels: [b.phone('Pårørendelinjen')],
  });
  b.offer({
    id: 'ksf-undervisning',
    unitKey: ksf,
    name: 'Undervisning og sparring for kommunale fagpersoner',
    description:
      'Kurser i selvmordsrisikovurdering og sparring på konkrete sager for fagpersoner i kommunerne – også som temadage i Livsmod.',
    situations: ['suicidal-behaviour', 'self-harm'],
    problemTags: ['suicidal-thoughts', 'self-injury'],
    notFor: 'Borgere – henvis i stedet til klinikkens samtaleforløb.',
    accessRoute: 'SELF_REFERRAL',
    legalBasis: sundhed(),
    cost: 'Gratis for kommuner i regionen',
    municipalityCodes: [...ALL_CODES],
    channels: [b.email('undervisning')],
  });
  b.offer({
    id: 'pcg-akut',
    unitKey: pcg,
    name: 'Psykiatrisk akutmodtagelse, Glostrup',
    description: 'Døgnåben psykiatrisk akutmodtagelse for voksne. Borgere kan møde op selv eller komme med pårørende.',
    ageMin: 18,
    situations: ['suicidal-behaviour', 'psychiatric-assessment', 'dual-diagnosis'],
    problemTags: ['mental-health', 'suicidal-thoughts', 'psychosis'],
    dualDiagnosisAccepted: true,
    accessRoute: 'SELF_REFERRAL',
    legalBasis: sundhed(),
    waitingTime: 'Akut vurdering',
    cost: 'Gratis',
    municipalityCodes: [...GLOSTRUP_CODES],
    channels: [b.phone('Akutmodtagelsen')],
    openingHours: alwaysOpen(),
  });
  b.offer({
    id: 'pcg-ambulant',
    unitKey: pcg,
    name: 'Ambulant udredning og behandling, Psykiatrisk Center Glostrup',
    description: 'Udredning og ambulant behandling af voksne med svær psykisk sygdom, fx depression, bipolar lidelse og angst.',
    ageMin: 18,
    situations: ['psychiatric-assessment', 'discharge-adult-psychiatry'],
    problemTags: ['depression', 'anxiety', 'mental-health'],
    accessRoute: 'REFERRAL',
    referredBy: 'Egen læge, praktiserende speciallæge eller hospital',
    legalBasis: sundhed(),
    waitingTime: 'Udredningsret: tilbud inden for 30 dage, hvis det er fagligt muligt',
    cost: 'Gratis',
    municipalityCodes: [...GLOSTRUP_CODES],
    channels: [b.phone('Ambulatoriet')],
  });
  b.offer({
    id: 'pcg-udskrivning',
    unitKey: pcg,
    name: 'Koordineret udskrivning med kommunen',
    description:
      'Ved udskrivning af borgere med behov for kommunal støtte laver afdelingen udskrivningsaftale eller koordinationsplan sammen med borgeren og kommunen, så bostøtte, mentor eller botilbud er klar.',
    ageMin: 18,
    situations: ['discharge', 'discharge-adult-psychiatry'],
    problemTags: ['mental-health', 'housing'],
    accessRoute: 'REFERRAL',
    referredBy: 'Tilbydes af afdelingen under indlæggelsen',
    legalBasis: [LEGAL.psyk('§ 13 a'), LEGAL.psyk('§ 13 b')],
    cost: 'Gratis',
    municipalityCodes: [...GLOSTRUP_CODES],
    channels: [b.staffPhone('Udskrivningskoordinator (fagpersoner)')],
  });
  b.offer({
    id: 'tut',
    unitKey: tut,
    name: 'Tværfagligt udgående team – behandling ved dobbeltdiagnose',
    description:
      'Udgående psykiatrisk behandling for borgere med svær psykisk sygdom og samtidigt misbrug, som ikke kan fastholdes i ambulant behandling. Teamet samarbejder med kommunens misbrugscenter og bostøtte.',
    ageMin: 18,
    situations: ['dual-diagnosis', 'no-fixed-address', 'discharge-adult-psychiatry'],
    problemTags: ['psychosis', 'substance-misuse', 'housing'],
    dualDiagnosisAccepted: true,
    accessRoute: 'REFERRAL',
    referredBy: 'Psykiatrisk afdeling, egen læge eller kommunens misbrugscenter',
    legalBasis: sundhed(),
    capacity: 'Ca. 60 borgere',
    cost: 'Gratis',
    municipalityCodes: [...GLOSTRUP_CODES],
    channels: [b.phone('Teamet'), b.staffPhone()],
  });
  for (const [id, unitKey, place, codes] of [
    ['opus-glostrup', opusG, 'Glostrup', GLOSTRUP_CODES],
    ['opus-nordsjaelland', opusN, 'Nordsjælland', LIVSMOD_CODES],
  ] as const) {
    b.offer({
      id,
      unitKey,
      name: `OPUS ${place} – tidlig indsats ved første psykose`,
      description:
        'Toårigt forløb for unge voksne med en nyopstået psykose: fast kontaktperson, medicinsk behandling, psykoedukation for familien og støtte til at holde fast i uddannelse og job.',
      ageMin: 18,
      ageMax: 35,
      situations: ['psychiatric-assessment', 'discharge-adult-psychiatry', 'transition-18'],
      problemTags: ['psychosis', 'mental-health'],
      dualDiagnosisAccepted: true,
      accessRoute: 'REFERRAL',
      referredBy: 'Egen læge, psykiatrisk afdeling eller praktiserende speciallæge',
      legalBasis: sundhed(),
      waitingTime: 'Visitation inden for få dage',
      cost: 'Gratis',
      municipalityCodes: [...codes],
      channels: [b.phone(`OPUS ${place}`)],
    });
  }
  b.offer({
    id: 'buc-akut',
    unitKey: buc,
    name: 'Børne- og ungdomspsykiatrisk akutmodtagelse',
    description: 'Døgnåben akut vurdering af børn og unge under 18 år i psykisk krise, fx ved selvmordsforsøg eller akut psykose.',
    ageMin: 0,
    ageMax: 17,
    situations: ['suicidal-behaviour', 'self-harm', 'psychiatric-assessment'],
    problemTags: ['suicidal-thoughts', 'self-injury', 'psychosis'],
    accessRoute: 'REFERRAL',
    referredBy: 'Egen læge eller lægevagten',
    legalBasis: sundhed(),
    waitingTime: 'Akut vurdering',
    cost: 'Gratis',
    municipalityCodes: [...ALL_CODES],
    channels: [b.phone('Akutmodtagelsen for børn og unge')],
    openingHours: alwaysOpen(),
  });
  b.offer({
    id: 'buc-udredning',
    unitKey: buc,
    name: 'Udredning i børne- og ungdomspsykiatrien',
    description:
      'Psykiatrisk udredning af børn og unge, fx ved mistanke om autisme, ADHD, angst eller depression. PPR’s beskrivelse skal vedlægges henvisningen.',
    ageMin: 0,
    ageMax: 17,
    situations: ['psychiatric-assessment'],
    problemTags: ['autism', 'adhd', 'anxiety', 'depression'],
    accessRoute: 'REFERRAL',
    referredBy: 'Egen læge, med pædagogisk-psykologisk vurdering fra PPR',
    legalBasis: sundhed(),
    waitingTime: 'Udredningsret: 30 dage, hvis det er fagligt muligt',
    cost: 'Gratis',
    municipalityCodes: [...ALL_CODES],
    channels: [b.phone('Visitationen')],
  });
  b.offer({
    id: 'buc-spiseforstyrrelser',
    unitKey: buc,
    name: 'Ambulant behandling af spiseforstyrrelser for børn og unge',
    description: 'Familiebaseret behandling af anoreksi og bulimi hos børn og unge, i samarbejde med egen læge og kommunen.',
    ageMin: 8,
    ageMax: 17,
    situations: ['discharge-child-youth-psychiatry'],
    problemTags: ['eating-disorder'],
    accessRoute: 'REFERRAL',
    referredBy: 'Egen læge',
    legalBasis: sundhed(),
    cost: 'Gratis',
    municipalityCodes: [...ALL_CODES],
    channels: [b.phone('Spiseforstyrrelsesteamet')],
  });
  b.offer({
    id: 'buc-foraeldregruppe',
    unitKey: buc,
    name: 'Psykoedukation for forældre – gruppeforløb',
    description:
      'Gruppeforløb for forældre til børn med angst eller depression. Sat på pause, mens forløbet evalueres; forventes genoptaget i 2027.',
    situations: ['discharge-child-youth-psychiatry'],
    problemTags: ['anxiety', 'depression'],
    accessRoute: 'REFERRAL',
    referredBy: 'Barnets behandler i BUC',
    legalBasis: sundhed(),
    cost: 'Gratis',
    status: 'PAUSED',
    municipalityCodes: [...ALL_CODES],
    channels: [b.email('foraeldregruppe')],
  });
  b.offer({
    id: 'bua-selvskade',
    unitKey: bua,
    name: 'Indlæggelse og opfølgning efter forgiftning eller selvskade',
    description:
      'Børn og unge indlægges efter forgiftning eller alvorlig selvskade. Afdelingen vurderer selvmordsrisikoen sammen med børne- og ungdomspsykiatrien og overleverer til kommunen inden udskrivning.',
    ageMin: 0,
    ageMax: 17,
    primaryAgeMin: 12,
    primaryAgeMax: 17,
    situations: ['suicidal-behaviour', 'self-harm', 'discharge-child-youth-psychiatry'],
    problemTags: ['self-injury', 'suicidal-thoughts'],
    accessRoute: 'REFERRAL',
    referredBy: 'Akutmodtagelsen, egen læge eller lægevagten',
    legalBasis: sundhed(),
    cost: 'Gratis',
    municipalityCodes: [...LIVSMOD_CODES],
    channels: [b.staffPhone('Sengeafsnittet (fagpersoner)')],
  });
  b.offer({
    id: 'bua-spiseforstyrrelser',
    unitKey: bua,
    name: 'Somatisk stabilisering ved spiseforstyrrelser',
    description: 'Indlæggelse af børn og unge med livstruende undervægt eller somatiske komplikationer til en spiseforstyrrelse.',
    ageMin: 0,
    ageMax: 17,
    situations: ['discharge-child-youth-psychiatry'],
    problemTags: ['eating-disorder'],
    accessRoute: 'REFERRAL',
    referredBy: 'Egen læge eller BUC',
    legalBasis: sundhed(),
    cost: 'Gratis',
    municipalityCodes: [...LIVSMOD_CODES],
    channels: [b.phone('Børne- og Ungeafdelingen')],
  });
  b.offer({
    id: 'udskrivningsteam-projekt',
    unitKey: pcn,
    name: 'Regionalt udskrivningsteam (projekt)',
    description:
      'Projekt, hvor et udgående team fulgte borgere de første fire uger efter udskrivning, indtil kommunens støtte var på plads. Projektet er afsluttet; erfaringerne indgår i de faste udskrivningsaftaler.',
    ageMin: 18,
    situations: ['discharge', 'discharge-adult-psychiatry'],
    problemTags: ['mental-health'],
    accessRoute: 'REFERRAL',
    referredBy: 'Psykiatrisk afdeling',
    legalBasis: sundhed(),
    cost: 'Gratis',
    status: 'ENDED',
    startsOn: '2023-01-01',
    endsOn: '2025-06-30',
    municipalityCodes: [...LIVSMOD_CODES],
    channels: [b.email('udskrivningsteam')],
  });

  return b.build({
    name: 'Region Hovedstaden',
    sector: 'REGIONAL',
    regionKey: 'hovedstaden',
    location: TOWNS.hilleroed,
    description:
      'Region Hovedstadens psykiatri og hospitaler er part i Livsmod-netværket. Her findes de regionale enheder, som kommunerne oftest skal samarbejde med ved udskrivning, efter selvmordsforsøg og ved psykiatrisk udredning.',
  });
}
