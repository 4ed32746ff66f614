// Herning Kommune (0657): Herningmodellen with three districts, UngMod 24/7 (anonymous, free
// counselling 12–25), Ung På Vej (jobcentre, 15–18, weekly mentor) and Ung i Centrum (coordination
// team for support after 18).

import { LEGAL, OrgBuilder } from './demo-builder.js';
import type { DemoOrganisation } from './demo-dataset.types.js';
import { alwaysOpen, customHours, officeHours } from './demo-hours.js';
import type { DemoKit } from './demo-kit.js';
import { TOWNS } from './demo-places.js';

const DISTRICTS = [
  { id: 'sydoest', name: 'Sydøst', area: 'skoledistrikterne i den sydøstlige del af kommunen', location: TOWNS.lind },
  { id: 'oest', name: 'Øst', area: 'skoledistrikterne øst for midtbyen', location: TOWNS.hammerum },
  { id: 'nord', name: 'Nord', area: 'skoledistrikterne nord for Herning by', location: TOWNS.sunds },
] as const;

export function buildHerning(kit: DemoKit): DemoOrganisation {
  const b = new OrgBuilder(kit, 'kommune-herning', 'herning', [
    'Koordinator, Børne- og Ungeforvaltningen',
    'Leder af UngMod',
    'Koordinator, Jobcenter Herning',
  ]);
  const h = (): number => kit.int(0, 4);

  const boern = b.unit('boern', 'Børne- og Ungeforvaltningen', 'FORVALTNING');
  const model = b.unit('herningmodellen', 'Herningmodellen', 'CENTER', {
    parentKey: boern,
    description:
      'Tværfaglig, distriktsopdelt samarbejdsmodel, hvor skole, PPR, sundhedspleje og familieafdeling mødes om børn og unge i mistrivsel – med sparring fra børne- og ungdomspsykiatrien.',
  });
  const ppr = b.unit('ppr', 'PPR Herning', 'AFDELING', { parentKey: boern });
  const familie = b.unit('familie', 'Familieafdelingen', 'AFDELING', {
    parentKey: boern,
    description: 'Myndighed for børn og unge og deres familier.',
  });
  const ungmod = b.unit('ungmod', 'UngMod', 'CENTER', {
    parentKey: boern,
    description: 'Anonym og gratis rådgivning for unge 12–25 år, døgnet rundt på telefon, sms og chat og med drop-in.',
  });
  const social = b.unit('social', 'Social- og Sundhedsforvaltningen', 'FORVALTNING');
  const socpsyk = b.unit('socialpsykiatri', 'Socialpsykiatri', 'AFDELING', { parentKey: social });
  const visitation = b.unit('myndighed-voksne', 'Myndighed Voksne', 'AFDELING', { parentKey: social });
  const misbrug = b.unit('rusmiddelcenter', 'Rusmiddelcentret', 'CENTER', { parentKey: social });
  const job = b.unit('job', 'Jobcenter Herning', 'CENTER');
  const ungPaaVej = b.unit('ung-paa-vej', 'Ung På Vej', 'TEAM', {
    parentKey: job,
    description: 'Jobcentrets indsats for 15–18-årige med en ugentlig mentor.',
  });
  const ungICentrum = b.unit('ung-i-centrum', 'Ung i Centrum', 'TEAM', {
    parentKey: job,
    description: 'Koordinerende team for unge, der har brug for støtte efter det fyldte 18. år.',
  });

  const districtUnits = DISTRICTS.map((d) => ({
    ...d,
    key: b.unit(`distrikt-${d.id}`, `Herningmodellen – distrikt ${d.name}`, 'TEAM', {
      parentKey: model,
      description: `Distriktsteam for ${d.area}.`,
      location: d.location,
    }),
  }));

  // Entry points
  b.fn({
    id: 'ungmod-doegn',
    unitKey: ungmod,
    name: 'UngMod 24/7 – anonym rådgivning',
    roleTitle: 'Døgnåben rådgivning for unge',
    helpText:
      'Unge 12–25 år kan ringe, skrive eller chatte anonymt døgnet rundt. Fagpersoner kan bruge den direkte linje til at aftale en varm overlevering af en ung, der har sagt ja til det.',
    situations: ['suicidal-behaviour', 'self-harm', 'school-absence'],
    staffLineLabel: 'Direkte linje til vagthavende rådgiver (fagpersoner)',
    extraChannels: [b.sms('SMS til UngMod'), b.chat('ungmod/chat', 'Chat med UngMod')],
    openingHours: alwaysOpen('Døgnåben alle årets dage – også juleaften'),
  });
  for (const d of districtUnits) {
    b.fn({
      id: `herningmodellen-${d.id}`,
      unitKey: d.key,
      name: `Herningmodellen, distrikt ${d.name} – koordinator`,
      roleTitle: 'Distriktskoordinator',
      helpText: `Indgang for skoler, dagtilbud og BUP, når et barn i ${d.area} mistrives. Koordinatoren samler distriktsteamet og aftaler, hvem der gør hvad.`,
      situations: ['school-absence', 'discharge-child-youth-psychiatry', 'psychiatric-assessment'],
      openingHours: officeHours('standard', h()),
    });
    b.person({
      unitKey: d.key,
      roleTitle: `PPR-psykolog, distrikt ${d.name}`,
      helpText: 'Psykolog i distriktsteamet; konsultationer med skoler og forældre og sparring med BUP.',
      situations: ['school-absence', 'psychiatric-assessment', 'self-harm'],
    });
  }
  b.fn({
    id: 'familie-modtagelse',
    unitKey: familie,
    name: 'Familieafdelingen – modtagelsen',
    roleTitle: 'Modtagelse og underretninger',
    helpText:
      'Henvendelser og underretninger om børn og unge under 18 år, herunder ved udskrivning fra BUP. Modtagelsen vurderer henvendelsen inden for 24 timer.',
    situations: ['discharge-child-youth-psychiatry', 'suicidal-behaviour'],
    openingHours: officeHours('long', h()),
  });
  b.fn({
    id: 'socialvagt',
    unitKey: familie,
    name: 'Døgnåben vagttelefon – Socialvagten i Herning',
    roleTitle: 'Socialvagt',
    helpText: 'Akutte sociale problemer uden for kontortid – børn, unge og voksne. Ring 112 ved livsfare.',
    situations: ['discharge', 'no-fixed-address', 'suicidal-behaviour'],
    email: false,
    publicPhoneLabel: 'Døgnåben vagttelefon',
    openingHours: alwaysOpen(),
  });
  b.fn({
    id: 'udskrivningsteam',
    unitKey: socpsyk,
    name: 'Socialpsykiatriens udskrivningsteam',
    roleTitle: 'Indgang ved udskrivning fra voksenpsykiatrien',
    helpText:
      'Ring, når en borger fra Herning over 18 år skal udskrives fra Regionspsykiatrien. Vi deltager i udskrivningsmødet og sørger for, at bostøtte og eventuel misbrugsbehandling er klar.',
    situations: ['discharge', 'discharge-adult-psychiatry', 'dual-diagnosis'],
    openingHours: officeHours('long', h()),
  });
  b.fn({
    id: 'ung-i-centrum',
    unitKey: ungICentrum,
    name: 'Ung i Centrum – koordinerende team',
    roleTitle: 'Indgang ved overgangen til 18 år',
    helpText:
      'For unge, der har støtte efter Barnets Lov og fortsat har brug for hjælp efter det fyldte 18. år. Kontakt os, når den unge er 16–17 år, så overgangen kan planlægges.',
    situations: ['transition-18', 'youth-without-education', 'discharge-child-youth-psychiatry'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'ung-paa-vej',
    unitKey: ungPaaVej,
    name: 'Ung På Vej – kontakt',
    helpText: 'Henvisning af 15–18-årige, der er gået i stå med skole eller uddannelse.',
    situations: ['youth-without-education', 'school-absence'],
    openingHours: officeHours('standard', h()),
  });

  // People
  const people: { unitKey: string; roleTitle: string; helpText: string; situations: string[] }[] = [
    {
      unitKey: ungmod,
      roleTitle: 'Psykolog, UngMod',
      helpText: 'Samtaleforløb for unge med angst, selvskade og selvmordstanker.',
      situations: ['self-harm', 'suicidal-behaviour'],
    },
    {
      unitKey: ungmod,
      roleTitle: 'Socialrådgiver, UngMod',
      helpText: 'Rådgivning om alt fra familiekonflikter til bolig og økonomi; brobygning til kommunen.',
      situations: ['transition-18', 'no-fixed-address'],
    },
    {
      unitKey: familie,
      roleTitle: 'Socialrådgiver, Familieafdelingen',
      helpText: 'Sagsbehandler for unge 14–17 år; ungeplaner og forberedelse af overgangen til voksenlivet.',
      situations: ['transition-18', 'discharge-child-youth-psychiatry'],
    },
    {
      unitKey: familie,
      roleTitle: 'Socialrådgiver, Familieafdelingen',
      helpText: 'Sagsbehandler for børn med psykiatriske diagnoser; samarbejder med BUP Herning.',
      situations: ['discharge-child-youth-psychiatry'],
    },
    {
      unitKey: ppr,
      roleTitle: 'Ledende psykolog, PPR Herning',
      helpText: 'Faglig leder for psykologerne i de tre distrikter.',
      situations: ['psychiatric-assessment', 'school-absence'],
    },
    {
      unitKey: ungPaaVej,
      roleTitle: 'Mentor, Ung På Vej',
      helpText: 'Ugentlig mentor for 15–18-årige uden for uddannelse.',
      situations: ['youth-without-education'],
    },
    {
      unitKey: ungPaaVej,
      roleTitle: 'Mentor, Ung På Vej',
      helpText: 'Mentor med særlig erfaring med unge efter psykiatrisk indlæggelse.',
      situations: ['youth-without-education', 'discharge-child-youth-psychiatry'],
    },
    {
      unitKey: ungICentrum,
      roleTitle: 'Koordinator, Ung i Centrum',
      helpText: 'Samler én plan for unge 18–30 år med flere sager i kommunen.',
      situations: ['transition-18', 'dual-diagnosis'],
    },
    {
      unitKey: ungICentrum,
      roleTitle: 'Koordinator, Ung i Centrum',
      helpText: 'Koordinerer overgangen fra børne- til voksenområdet for unge med psykiatriske diagnoser.',
      situations: ['transition-18', 'discharge-adult-psychiatry'],
    },
    {
      unitKey: socpsyk,
      roleTitle: 'Psykiatrisk sygeplejerske, Socialpsykiatri',
      helpText: 'Kontaktperson for Regionspsykiatrien ved udskrivning.',
      situations: ['discharge-adult-psychiatry'],
    },
    {
      unitKey: visitation,
      roleTitle: 'Socialrådgiver, Myndighed Voksne',
      helpText: 'Ansøgninger om bostøtte og botilbud for voksne med psykiske vanskeligheder.',
      situations: ['discharge-adult-psychiatry', 'no-fixed-address'],
    },
    {
      unitKey: misbrug,
      roleTitle: 'Misbrugsbehandler, ungeteamet',
      helpText: 'Behandling for unge 15–25 år; dobbeltdiagnoser i samarbejde med psykiatrien.',
      situations: ['dual-diagnosis'],
    },
  ];
  for (const p of people) {
    b.person(p);
  }

  // Offers
  b.offer({
    id: 'ungmod-raadgivning',
    unitKey: ungmod,
    name: 'UngMod 24/7 – anonym rådgivning',
    description:
      'Anonym og gratis rådgivning for unge 12–25 år døgnet rundt på telefon, sms og chat – og med drop-in i Herning midtby på hverdagseftermiddage. Rådgiverne er psykologer, socialrådgivere og erfarne frivillige, og den unge skal ikke oplyse navn.',
    helpText: 'Uanset om det er midt om natten: ring, skriv eller chat – vi lytter og hjælper videre, hvis du vil.',
    ageMin: 12,
    ageMax: 25,
    situations: ['suicidal-behaviour', 'self-harm', 'school-absence'],
    problemTags: ['mental-health', 'suicidal-thoughts', 'self-injury', 'loneliness', 'anxiety', 'depression'],
    accessRoute: 'ANONYMOUS',
    legalBasis: [LEGAL.bl('§ 28'), LEGAL.sel('§ 10')],
    waitingTime: 'Ingen ventetid',
    cost: 'Gratis',
    languages: ['da', 'en'],
    channels: [
      b.phone('UngMod døgntelefon'),
      b.sms('UngMod sms'),
      b.chat('ungmod/chat', 'UngMod chat'),
      b.dropIn('UngMod, Herning midtby – mandag til torsdag kl. 14–20', 'Drop-in (anonymt)'),
    ],
    openingHours: alwaysOpen('Døgnåben alle årets dage'),
    startsOn: '2017-09-01',
  });
  b.offer({
    id: 'ungmod-dropin',
    unitKey: ungmod,
    name: 'UngMod – drop-in og samtaleforløb',
    description:
      'Unge kan møde op uden aftale i UngMods lokaler i Herning midtby og få en samtale med det samme. Der kan aftales et forløb på op til 10 samtaler.',
    helpText: 'Kom forbi – alene eller med en ven. Du behøver ikke have en aftale.',
    ageMin: 12,
    ageMax: 25,
    primaryAgeMin: 14,
    primaryAgeMax: 22,
    situations: ['self-harm', 'school-absence'],
    problemTags: ['mental-health', 'anxiety', 'loneliness', 'depression'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.bl('§ 28'), LEGAL.sel('§ 10')],
    cost: 'Gratis',
    channels: [b.dropIn('UngMod, Herning midtby – mandag til torsdag kl. 14–20'), b.phone('UngMod')],
    openingHours: customHours(
      [
        ['MON', '14:00', '20:00'],
        ['TUE', '14:00', '20:00'],
        ['WED', '14:00', '20:00'],
        ['THU', '14:00', '20:00'],
      ],
      h(),
    ),
  });
  b.offer({
    id: 'ungmod-grupper',
    unitKey: ungmod,
    name: 'UngMod – gruppeforløb om angst og ensomhed',
    description:
      'Gruppeforløb på 8 gange for unge 15–25 år, der kæmper med angst eller ensomhed. Forløbet er sat på pause i efteråret 2026 på grund af ombygning; nye hold starter i januar 2027.',
    ageMin: 15,
    ageMax: 25,
    situations: ['school-absence'],
    problemTags: ['anxiety', 'loneliness'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.bl('§ 30'), LEGAL.sel('§ 10')],
    capacity: '10 unge pr. hold',
    cost: 'Gratis',
    status: 'PAUSED',
    channels: [b.email('ungmod-grupper')],
  });
  for (const d of districtUnits) {
    b.offer({
      id: `herningmodellen-${d.id}`,
      unitKey: d.key,
      name: `Herningmodellen – tværfaglig indsats i distrikt ${d.name}`,
      description: `Distriktsteamet i ${d.name} (PPR-psykolog, sundhedsplejerske, socialrådgiver og skolens ressourcepersoner) mødes hver 3. uge om børn og unge i mistrivsel i ${d.area}. BUP deltager med sparring, og teamet kan sætte en indsats i gang uden at afvente en ny henvisning.`,
      helpText: 'Ét team, der kender skolen og familien, og som kan handle hurtigt, før problemerne vokser.',
      ageMin: 0,
      ageMax: 17,
      primaryAgeMin: 6,
      primaryAgeMax: 16,
      situations: ['school-absence', 'discharge-child-youth-psychiatry', 'psychiatric-assessment'],
      problemTags: ['mental-health', 'school', 'anxiety', 'adhd', 'autism'],
      accessRoute: 'REFERRAL',
      referredBy: 'Skole, dagtilbud, sundhedsplejerske eller forældre',
      legalBasis: [LEGAL.bl('§ 30'), LEGAL.fsl('§ 3, stk. 2')],
      waitingTime: 'Næste distriktsmøde, højst 3 uger',
      cost: 'Gratis',
      channels: [b.phone(`Distrikt ${d.name}`), b.email(`distrikt-${d.id}`)],
      openingHours: officeHours('standard', h()),
    });
  }
  b.offer({
    id: 'ung-paa-vej',
    unitKey: ungPaaVej,
    name: 'Ung På Vej – ugentlig mentor for 15–18-årige',
    description:
      'Jobcentrets tilbud til 15–18-årige, der er gået i stå efter folkeskolen. Den unge mødes med sin mentor mindst én gang om ugen og får hjælp til at komme i gang med uddannelse, praktik eller fritidsjob.',
    helpText: 'En fast voksen hver uge, som hjælper den unge med at tage det næste skridt.',
    ageMin: 15,
    ageMax: 18,
    situations: ['youth-without-education', 'school-absence'],
    problemTags: ['school', 'employment', 'mental-health'],
    accessRoute: 'REFERRAL',
    referredBy: 'UU-vejleder, skole eller sagsbehandler',
    legalBasis: [LEGAL.kui('§ 2'), LEGAL.lab('§ 167')],
    holdsAuthority: true,
    capacity: 'Ca. 40 unge ad gangen',
    cost: 'Gratis',
    channels: [b.phone('Ung På Vej'), b.sms('SMS til Ung På Vej')],
    openingHours: officeHours('standard', h()),
  });
  b.offer({
    id: 'ung-i-centrum',
    unitKey: ungICentrum,
    name: 'Ung i Centrum – koordineret støtte efter 18 år',
    description:
      'Et koordinerende team, der sikrer, at unge med støtte efter Barnets Lov ikke mister hjælpen, når de fylder 18. Teamet laver én samlet plan på tværs af jobcenter, socialpsykiatri og misbrugsbehandling.',
    helpText: 'Vi samler alle de voksne omkring den unge i én plan, så overgangen til voksenlivet ikke bliver et brud.',
    ageMin: 17,
    ageMax: 30,
    primaryAgeMin: 18,
    primaryAgeMax: 25,
    situations: ['transition-18', 'youth-without-education', 'dual-diagnosis'],
    problemTags: ['mental-health', 'employment', 'housing', 'substance-misuse'],
    dualDiagnosisAccepted: true,
    accessRoute: 'REFERRAL',
    referredBy: 'Sagsbehandler i Familieafdelingen eller jobcentret',
    legalBasis: [LEGAL.kui('§ 2'), LEGAL.sel('§ 85'), LEGAL.bl('§§ 114-116')],
    holdsAuthority: true,
    cost: 'Gratis',
    channels: [b.phone('Ung i Centrum'), b.email('ung-i-centrum')],
    openingHours: officeHours('standard', h()),
  });
  b.offer({
    id: 'familiebehandling',
    unitKey: familie,
    name: 'Familiebehandling (Barnets Lov § 32)',
    description:
      'Familiebehandling i hjemmet eller i Familiehuset for familier, hvor et barn har psykiske vanskeligheder. Kræver en afgørelse fra Familieafdelingen og forældrenes samtykke.',
    ageMin: 0,
    ageMax: 17,
    situations: ['discharge-child-youth-psychiatry'],
    problemTags: ['mental-health', 'family-violence', 'adhd'],
    accessRoute: 'VISITATION',
    decidedBy: 'Familieafdelingen, Herning Kommune',
    legalBasis: [LEGAL.bl('§ 32')],
    holdsAuthority: true,
    waitingTime: 'Ca. 6 uger',
    cost: 'Gratis',
    channels: [b.phone('Familieafdelingen')],
    openingHours: officeHours('long', h()),
  });
  b.offer({
    id: 'bostoette',
    unitKey: socpsyk,
    name: 'Bostøtte (Serviceloven § 85)',
    description:
      'Socialpædagogisk støtte i eget hjem til voksne med psykiske vanskeligheder. Ved udskrivning kan støtten starte samme uge, hvis den er aftalt i udskrivningsaftalen.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry', 'dual-diagnosis', 'transition-18'],
    problemTags: ['mental-health', 'housing', 'psychosis'],
    dualDiagnosisAccepted: true,
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatri',
    legalBasis: [LEGAL.sel('§ 85')],
    waitingTime: 'Ca. 4 uger',
    cost: 'Gratis',
    channels: [b.phone('Socialpsykiatri')],
    openingHours: officeHours('long', h()),
  });
  b.offer({
    id: 'midlertidigt-botilbud',
    unitKey: socpsyk,
    name: 'Midlertidigt botilbud (Serviceloven § 107)',
    description: 'Botilbud med døgnbemanding for voksne, der efter en indlæggelse ikke kan bo i egen bolig endnu.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry', 'no-fixed-address'],
    problemTags: ['housing', 'psychosis', 'mental-health'],
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatri',
    legalBasis: [LEGAL.sel('§ 107')],
    capacity: '18 pladser',
    waitingTime: 'Venteliste, typisk 2–3 måneder',
    cost: 'Egenbetaling efter gældende takster',
    channels: [b.phone('Botilbuddet')],
  });
  b.offer({
    id: 'misbrug',
    unitKey: misbrug,
    name: 'Misbrugsbehandling (Serviceloven § 101)',
    description:
      'Ambulant behandling for stof- og alkoholmisbrug med særskilt ungeteam for 15–25-årige. Rusmiddelcentret har et fast samarbejde med psykiatrien om dobbeltdiagnoser.',
    ageMin: 15,
    situations: ['dual-diagnosis'],
    problemTags: ['substance-misuse', 'mental-health'],
    dualDiagnosisAccepted: true,
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 101'), LEGAL.bl('§ 33'), LEGAL.sul('§ 141')],
    waitingTime: 'Behandlingsgaranti: senest 14 dage',
    cost: 'Gratis',
    channels: [b.phone('Rusmiddelcentret'), b.dropIn('Rusmiddelcentret – åben rådgivning onsdag kl. 13–16')],
    openingHours: officeHours('late-thursday', h()),
  });
  b.offer({
    id: 'skp',
    unitKey: socpsyk,
    name: 'Støtte- og kontaktperson (Serviceloven § 99)',
    description: 'Opsøgende støtte til borgere med psykisk sygdom, misbrug eller uden fast bolig – på gaden, på herberget eller hjemme.',
    ageMin: 18,
    situations: ['no-fixed-address', 'dual-diagnosis'],
    problemTags: ['housing', 'substance-misuse', 'mental-health'],
    dualDiagnosisAccepted: true,
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 99')],
    cost: 'Gratis',
    channels: [b.phone('SKP-teamet')],
  });
  b.offer({
    id: 'ung-og-ensom',
    unitKey: ungmod,
    name: 'Projekt Ung og Ensom',
    description:
      'Puljefinansieret projekt med fællesskabsgrupper for ensomme unge 15–25 år. Projektet sluttede, da puljemidlerne udløb; erfaringerne indgår nu i UngMods gruppeforløb.',
    ageMin: 15,
    ageMax: 25,
    situations: ['youth-without-education'],
    problemTags: ['loneliness'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 10')],
    cost: 'Gratis',
    status: 'ENDED',
    startsOn: '2022-08-01',
    endsOn: '2025-06-30',
    channels: [b.email('ung-og-ensom')],
  });

  return b.build({
    name: 'Herning Kommune',
    sector: 'MUNICIPAL',
    municipalityCode: '0657',
    description:
      'Herning Kommune arbejder med Herningmodellen – tværfaglige distriktsteams i Sydøst, Øst og Nord – og med UngMod, Ung På Vej og Ung i Centrum for unge i mistrivsel.',
  });
}
