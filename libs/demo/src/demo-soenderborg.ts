// Sønderborg Kommune (0540): Ungecenteret (13–30, main effort 13–25, "én indgang for den unge" with
// youth school, SSP, 10th grade, STU and UU under one roof) and Team for Spiseforstyrrelser (§ 85
// outreach in social psychiatry, partner LMS). Every Ungecenteret offer speaks to the transition to
// adult life and carries the 'transition-18' situation.

import { LEGAL, OrgBuilder } from './demo-builder.js';
import type { OfferSpec } from './demo-builder.js';
import type { DemoOrganisation } from './demo-dataset.types.js';
import { alwaysOpen, customHours, officeHours } from './demo-hours.js';
import type { DemoKit } from './demo-kit.js';

export function buildSoenderborg(kit: DemoKit): DemoOrganisation {
  const b = new OrgBuilder(kit, 'kommune-soenderborg', 'soenderborg', [
    'Leder af Ungecenteret',
    'Koordinator, Børn og Uddannelse',
    'Teamleder, Socialpsykiatrien',
  ]);
  const h = (): number => kit.int(0, 4);

  const bu = b.unit('boern-uddannelse', 'Børn og Uddannelse', 'FORVALTNING');
  const uc = b.unit('ungecenteret', 'Ungecenteret', 'CENTER', {
    parentKey: bu,
    description: 'Én indgang for den unge 13–30 år (hovedindsats 13–25): ungdomsskole, SSP, 10. klasse, STU og UU-vejledning under ét tag.',
  });
  const ungdomsskole = b.unit('ungdomsskolen', 'Ungdomsskolen', 'AFDELING', { parentKey: uc });
  const ssp = b.unit('ssp', 'SSP', 'TEAM', { parentKey: uc });
  const tiende = b.unit('10-klasse', '10. klasse', 'AFDELING', { parentKey: uc });
  const stu = b.unit('stu', 'STU', 'AFDELING', { parentKey: uc });
  const uu = b.unit('uu', 'UU-vejledning', 'TEAM', { parentKey: uc });
  const raad = b.unit('ungeraadgivningen', 'Ungerådgivningen', 'TEAM', { parentKey: uc });
  const familie = b.unit('familie', 'Familierådgivningen', 'AFDELING', { parentKey: bu });
  const ppr = b.unit('ppr', 'PPR', 'AFDELING', { parentKey: bu });
  const sos = b.unit('social-sundhed', 'Social og Sundhed', 'FORVALTNING');
  const socpsyk = b.unit('socialpsykiatrien', 'Socialpsykiatrien', 'AFDELING', { parentKey: sos });
  const spise = b.unit('spiseforstyrrelser', 'Team for Spiseforstyrrelser', 'TEAM', {
    parentKey: socpsyk,
    description: 'Opsøgende socialpsykiatrisk team efter Serviceloven § 85 med LMS som frivillig samarbejdspartner.',
  });
  const misbrug = b.unit('rusmiddelcenter', 'Rusmiddelcenter Sønderborg', 'CENTER', { parentKey: sos });
  b.unit('myndighed-voksne', 'Myndighed Voksne', 'AFDELING', { parentKey: sos });
  const job = b.unit('job', 'Jobcenter Sønderborg', 'CENTER');
  const ungeindsats = b.unit('ungeindsatsen', 'Ungeindsatsen', 'TEAM', { parentKey: job });

  // Entry points
  b.fn({
    id: 'ungecenteret-indgang',
    unitKey: uc,
    name: 'Ungecenteret – én indgang for den unge',
    roleTitle: 'Fælles indgang 13–30 år',
    helpText:
      'Ét nummer for unge, forældre og fagpersoner. Vi finder den rette i huset – ungdomsskole, SSP, 10. klasse, STU eller UU – og planlægger overgangen til voksenlivet, når den unge nærmer sig 18.',
    situations: ['transition-18', 'youth-without-education', 'school-absence', 'discharge-child-youth-psychiatry'],
    extraChannels: [b.sms('SMS til Ungecenteret'), b.web('ungecenteret')],
    openingHours: officeHours('late-thursday', h()),
  });
  b.fn({
    id: 'ungeraadgivning',
    unitKey: raad,
    name: 'Ungerådgivningen – anonym telefon og chat',
    helpText: 'Unge kan ringe eller chatte anonymt. Fagpersoner kan bruge den direkte linje for at aftale en overlevering.',
    situations: ['self-harm', 'suicidal-behaviour'],
    extraChannels: [b.chat('ungeraadgivningen/chat')],
    openingHours: customHours(
      [
        ['MON', '10:00', '19:00'],
        ['TUE', '10:00', '19:00'],
        ['WED', '10:00', '19:00'],
        ['THU', '10:00', '19:00'],
        ['FRI', '10:00', '14:00'],
      ],
      h(),
    ),
  });
  b.fn({
    id: 'spiseforstyrrelser',
    unitKey: spise,
    name: 'Team for Spiseforstyrrelser – henvendelser',
    roleTitle: 'Indgang for psykiatri og egen læge',
    helpText:
      'Henvendelser om voksne med spiseforstyrrelser, også ved udskrivning fra regionens spiseforstyrrelsesafsnit. Teamet kommer hjem til borgeren og kan formidle kontakt til LMS’ frivillige.',
    situations: ['discharge-adult-psychiatry', 'self-harm'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'udskrivning-voksen',
    unitKey: socpsyk,
    name: 'Socialpsykiatrien – indgang ved udskrivning',
    helpText:
      'Ring, når en borger over 18 år fra Sønderborg skal udskrives fra Psykiatrien i Region Syddanmark. Vi deltager i udskrivningsmødet og modtager koordinationsplanen.',
    situations: ['discharge', 'discharge-adult-psychiatry', 'dual-diagnosis'],
    openingHours: officeHours('long', h()),
  });
  b.fn({
    id: 'familie-modtagelse',
    unitKey: familie,
    name: 'Familierådgivningen – modtagelsen',
    helpText: 'Henvendelser og underretninger om børn og unge under 18 år, fx ved udskrivning fra BUP.',
    situations: ['discharge-child-youth-psychiatry', 'suicidal-behaviour'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'socialvagt',
    unitKey: familie,
    name: 'Døgnåben vagttelefon – Socialvagten i Sønderborg',
    helpText: 'Akutte sociale problemer uden for kontortid. Ring 112 ved livsfare.',
    situations: ['discharge', 'no-fixed-address', 'suicidal-behaviour'],
    email: false,
    publicPhoneLabel: 'Døgnåben vagttelefon',
    openingHours: alwaysOpen(),
  });

  // People
  const people: { unitKey: string; roleTitle: string; helpText: string; situations: string[]; sms?: boolean }[] = [
    {
      unitKey: uc,
      roleTitle: 'Leder af Ungecenteret',
      helpText: 'Ansvarlig for samarbejdet mellem husets afdelinger og psykiatrien.',
      situations: ['transition-18', 'youth-without-education'],
    },
    {
      unitKey: ungdomsskole,
      roleTitle: 'Ungdomsskolevejleder',
      helpText: 'Samtaler med unge 13–18 år om trivsel, venskaber og fravær.',
      situations: ['school-absence'],
      sms: true,
    },
    {
      unitKey: ungdomsskole,
      roleTitle: 'Ungdomsskolevejleder',
      helpText: 'Kontaktperson for unge, der vender tilbage efter indlæggelse.',
      situations: ['discharge-child-youth-psychiatry', 'school-absence'],
    },
    {
      unitKey: ssp,
      roleTitle: 'SSP-konsulent',
      helpText: 'Forebyggende samtaler og netværksmøder; SSP+ for 18–25-årige.',
      situations: ['dual-diagnosis', 'school-absence'],
      sms: true,
    },
    {
      unitKey: ssp,
      roleTitle: 'SSP-konsulent',
      helpText: 'Gadeplansarbejde i Nordborg og Sønderborg by.',
      situations: ['no-fixed-address'],
    },
    {
      unitKey: tiende,
      roleTitle: 'Vejleder, 10. klasse',
      helpText: 'Trivsel og uddannelsesparathed for elever i 10. klasse.',
      situations: ['school-absence', 'transition-18'],
    },
    {
      unitKey: stu,
      roleTitle: 'STU-koordinator',
      helpText: 'Koordinerer STU-forløb og samarbejdet med bostøtte, når den unge fylder 18.',
      situations: ['transition-18', 'youth-without-education'],
    },
    {
      unitKey: uu,
      roleTitle: 'UU-vejleder',
      helpText: 'Uddannelsesvejledning for unge 15–25 år uden uddannelse.',
      situations: ['youth-without-education'],
    },
    {
      unitKey: uu,
      roleTitle: 'UU-vejleder',
      helpText: 'Vejleder med ansvar for unge med psykiatriske diagnoser.',
      situations: ['youth-without-education', 'transition-18'],
    },
    {
      unitKey: raad,
      roleTitle: 'Psykolog, Ungerådgivningen',
      helpText: 'Korte samtaleforløb for unge med angst, selvskade og selvmordstanker.',
      situations: ['self-harm', 'suicidal-behaviour'],
    },
    {
      unitKey: spise,
      roleTitle: 'Psykiatrisk sygeplejerske, Team for Spiseforstyrrelser',
      helpText: 'Opsøgende støtte i hjemmet og kontakt til regionens spiseforstyrrelsesafsnit.',
      situations: ['discharge-adult-psychiatry'],
    },
    {
      unitKey: spise,
      roleTitle: 'Socialpædagog, Team for Spiseforstyrrelser',
      helpText: 'Måltidsstøtte og struktur i hverdagen; kontakt til LMS’ frivillige.',
      situations: ['discharge-adult-psychiatry'],
    },
    {
      unitKey: familie,
      roleTitle: 'Socialrådgiver, Familierådgivningen',
      helpText: 'Sagsbehandler for 14–17-årige; ungeplaner og overgangen til voksenlivet.',
      situations: ['transition-18', 'discharge-child-youth-psychiatry'],
    },
    {
      unitKey: ppr,
      roleTitle: 'Psykolog, PPR',
      helpText: 'Skolefravær, angst og udredning i samarbejde med BUP Aabenraa.',
      situations: ['school-absence', 'psychiatric-assessment'],
    },
    {
      unitKey: misbrug,
      roleTitle: 'Misbrugskonsulent, ungeteamet',
      helpText: 'Behandling for unge 15–25 år; dobbeltdiagnoser.',
      situations: ['dual-diagnosis'],
    },
    {
      unitKey: ungeindsats,
      roleTitle: 'Koordinerende sagsbehandler, Ungeindsatsen',
      helpText: 'Én plan for unge 18–25 år på tværs af jobcenter og socialområde.',
      situations: ['transition-18', 'youth-without-education'],
    },
  ];
  for (const p of people) {
    b.person(p);
  }

  // Ungecenteret offers: all speak to the transition to adult life.
  const ucOffer = (spec: OfferSpec): void => {
    b.offer({
      ...spec,
      situations: spec.situations.includes('transition-18') ? spec.situations : ['transition-18', ...spec.situations],
    });
  };
  ucOffer({
    id: 'en-indgang',
    unitKey: uc,
    name: 'Ungecenteret – én indgang for den unge',
    description:
      'Ungecenteret samler ungdomsskole, SSP, 10. klasse, STU og UU under ét tag for unge 13–30 år med hovedindsats for de 13–25-årige. Den unge møder én indgang og én plan – også i overgangen til voksenlivet, når den unge fylder 18 og hjælpen skifter lovgrundlag.',
    helpText:
      'Vi sørger for, at den unge ikke skal starte forfra hos en ny afdeling, når den unge fylder 18: planen for overgangen til voksenlivet lægges allerede fra 16 år.',
    ageMin: 13,
    ageMax: 30,
    primaryAgeMin: 13,
    primaryAgeMax: 25,
    situations: ['transition-18', 'youth-without-education', 'school-absence'],
    problemTags: ['mental-health', 'school', 'employment', 'loneliness'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.kui('§ 2'), LEGAL.uskl(), LEGAL.bl('§ 28')],
    waitingTime: 'Første samtale inden for en uge',
    cost: 'Gratis',
    channels: [b.phone('Ungecenteret'), b.sms('SMS til Ungecenteret'), b.dropIn('Ungecenteret, Sønderborg – hverdage kl. 9–15')],
    openingHours: officeHours('late-thursday', h()),
    startsOn: '2015-08-01',
  });
  ucOffer({
    id: 'ungdomsskolen-samtaler',
    unitKey: ungdomsskole,
    name: 'Ungdomsskolens samtale- og trivselsforløb',
    description:
      'Samtaleforløb og små trivselsgrupper for unge 13–18 år. For de ældste elever er forløbet også en forberedelse til overgangen til voksenlivet: hvem hjælper, når man fylder 18?',
    ageMin: 13,
    ageMax: 18,
    situations: ['school-absence'],
    problemTags: ['mental-health', 'anxiety', 'loneliness', 'school'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.uskl(), LEGAL.bl('§ 28')],
    cost: 'Gratis',
    channels: [b.phone('Ungdomsskolen'), b.email('ungdomsskolen')],
  });
  ucOffer({
    id: 'ungeraadgivning',
    unitKey: raad,
    name: 'Ungerådgivningen – anonym rådgivning',
    description:
      'Anonym og gratis rådgivning på telefon, chat og ved drop-in for unge 13–30 år. Rådgiverne hjælper også unge, der er usikre på, hvad der sker med deres støtte i overgangen til voksenlivet.',
    helpText: 'Du skal ikke sige dit navn. Vi lytter og hjælper dig videre, hvis du vil.',
    ageMin: 13,
    ageMax: 30,
    primaryAgeMin: 13,
    primaryAgeMax: 25,
    situations: ['self-harm', 'suicidal-behaviour'],
    problemTags: ['mental-health', 'self-injury', 'suicidal-thoughts', 'anxiety', 'depression'],
    accessRoute: 'ANONYMOUS',
    legalBasis: [LEGAL.bl('§ 28'), LEGAL.sel('§ 10')],
    cost: 'Gratis',
    languages: ['da', 'de', 'en'],
    channels: [b.phone('Ungerådgivningen'), b.chat('ungeraadgivningen/chat'), b.dropIn('Ungecenteret – tirsdage kl. 15–18')],
  });
  ucOffer({
    id: 'ssp',
    unitKey: ssp,
    name: 'SSP og SSP+ – forebyggende samtaler 12–25 år',
    description:
      'SSP holder bekymringssamtaler og netværksmøder med unge, forældre, skole og politi. SSP+ fortsætter samarbejdet for unge 18–25 år, så den forebyggende indsats ikke slipper, når den unge fylder 18 – et sårbart punkt i overgangen til voksenlivet.',
    ageMin: 12,
    ageMax: 25,
    situations: ['dual-diagnosis', 'school-absence'],
    problemTags: ['substance-misuse', 'school', 'loneliness'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skole, klub, politi, forældre eller sagsbehandler',
    legalBasis: [LEGAL.rpl('§ 115')],
    cost: 'Gratis',
    channels: [b.phone('SSP'), b.email('ssp')],
  });
  ucOffer({
    id: '10-klasse',
    unitKey: tiende,
    name: '10. klasse i Ungecenteret',
    description:
      '10. klasse med små hold, tæt vejledning og mulighed for brobygning til ungdomsuddannelserne. For elever med psykisk sårbarhed lægges en plan for overgangen til voksenlivet og til ungdomsuddannelse sammen med UU.',
    ageMin: 15,
    ageMax: 18,
    situations: ['school-absence', 'youth-without-education'],
    problemTags: ['school', 'anxiety'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.fsl('§ 19 a')],
    capacity: 'Ca. 180 elever',
    cost: 'Gratis',
    channels: [b.phone('10. klasse'), b.web('ungecenteret/10-klasse')],
  });
  ucOffer({
    id: 'stu',
    unitKey: stu,
    name: 'STU i Ungecenteret',
    description:
      'Treårig særligt tilrettelagt ungdomsuddannelse for unge med særlige behov. Uddannelsen forbereder til overgangen til voksenlivet – bolig, beskæftigelse og fritid – og koordineres med voksenområdet, når den unge fylder 18.',
    ageMin: 16,
    ageMax: 25,
    situations: ['youth-without-education'],
    problemTags: ['autism', 'adhd', 'school', 'mental-health'],
    accessRoute: 'VISITATION',
    decidedBy: 'Ungeindsatsen – STU-visitationen',
    legalBasis: [LEGAL.stu()],
    holdsAuthority: true,
    waitingTime: 'Afgørelse inden for 4 uger',
    cost: 'Gratis',
    channels: [b.phone('STU'), b.email('stu')],
  });
  ucOffer({
    id: 'uu',
    unitKey: uu,
    name: 'UU-vejledning og uddannelsesplan',
    description:
      'UU-vejledere hjælper unge 13–25 år med uddannelsesvalg og -plan. Vejlederen følger unge uden uddannelse eller job og er med i planlægningen af overgangen til voksenlivet for unge med støtte.',
    ageMin: 13,
    ageMax: 25,
    situations: ['youth-without-education', 'school-absence'],
    problemTags: ['school', 'employment'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.kui('§ 2'), LEGAL.fgu()],
    cost: 'Gratis',
    channels: [b.phone('UU'), b.email('uu')],
  });
  ucOffer({
    id: 'overgangsforloeb',
    unitKey: uc,
    name: 'Overgangsforløb 16–18 år – på vej mod voksenlivet',
    description:
      'Et struktureret forløb for unge med støtte efter Barnets Lov, der starter, når den unge fylder 16, og slutter, når den unge fylder 18 og voksenområdet har overtaget. Ungeplanen og den helhedsorienterede plan for overgangen til voksenlivet laves sammen med familierådgivningen, jobcentret og socialpsykiatrien.',
    helpText: 'Overgangsplanen bliver ofte ikke lavet i tide – derfor starter vi, når den unge fylder 16.',
    ageMin: 16,
    ageMax: 18,
    situations: ['transition-18', 'discharge-child-youth-psychiatry'],
    problemTags: ['mental-health', 'housing', 'school'],
    accessRoute: 'REFERRAL',
    referredBy: 'Sagsbehandler i Familierådgivningen eller BUP',
    legalBasis: [LEGAL.bl('§§ 108-110'), LEGAL.kui('§ 2')],
    holdsAuthority: false,
    cost: 'Gratis',
    channels: [b.phone('Overgangsteamet'), b.staffPhone(), b.email('overgang')],
    openingHours: officeHours('standard', h()),
  });

  // Other offers
  b.offer({
    id: 'spiseforstyrrelser',
    unitKey: spise,
    name: 'Opsøgende støtte ved spiseforstyrrelser (Serviceloven § 85)',
    description:
      'Team for Spiseforstyrrelser giver socialpædagogisk støtte i hjemmet til voksne med spiseforstyrrelser, fx måltidsstøtte og hjælp til at holde fast i behandlingen. Teamet samarbejder med LMS, hvis ca. 275 frivillige tilbyder samtalegrupper og pårørendestøtte.',
    helpText: 'Vi kommer hjem til borgeren og støtter måltider og hverdag – som supplement til behandlingen i regionen.',
    ageMin: 18,
    primaryAgeMin: 18,
    primaryAgeMax: 35,
    situations: ['discharge-adult-psychiatry', 'self-harm'],
    problemTags: ['eating-disorder', 'self-injury', 'mental-health'],
    notFor: 'Børn og unge under 18 år – kontakt Familierådgivningen. Livstruende undervægt kræver lægelig behandling.',
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatrien',
    legalBasis: [LEGAL.sel('§ 85')],
    waitingTime: 'Første kontakt inden for 1 uge; afgørelse inden for 3 uger',
    capacity: 'Ca. 30 borgere',
    cost: 'Gratis',
    channels: [b.phone('Team for Spiseforstyrrelser'), b.email('spiseforstyrrelser')],
    openingHours: officeHours('standard', h()),
  });
  b.offer({
    id: 'spise-paaroerende',
    unitKey: spise,
    name: 'Pårørendegruppe – spiseforstyrrelser (i samarbejde med LMS)',
    description:
      'Samtalegruppe for forældre, partnere og søskende til mennesker med spiseforstyrrelser, ledet af en medarbejder fra teamet og en frivillig fra LMS.',
    situations: ['discharge-adult-psychiatry'],
    problemTags: ['eating-disorder'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 85')],
    capacity: '12 deltagere pr. hold',
    cost: 'Gratis',
    channels: [b.email('paaroerendegruppe')],
  });
  b.offer({
    id: 'familiebehandling',
    unitKey: familie,
    name: 'Familiebehandling (Barnets Lov § 32)',
    description: 'Familiebehandling i hjemmet efter en afgørelse om støttende indsats, fx efter udskrivning fra BUP.',
    ageMin: 0,
    ageMax: 17,
    situations: ['discharge-child-youth-psychiatry'],
    problemTags: ['mental-health', 'family-violence', 'eating-disorder'],
    accessRoute: 'VISITATION',
    decidedBy: 'Familierådgivningen, Sønderborg Kommune',
    legalBasis: [LEGAL.bl('§ 32')],
    holdsAuthority: true,
    waitingTime: 'Ca. 6–8 uger',
    cost: 'Gratis',
    channels: [b.phone('Familierådgivningen')],
  });
  b.offer({
    id: 'bostoette',
    unitKey: socpsyk,
    name: 'Bostøtte (Serviceloven § 85)',
    description: 'Socialpædagogisk støtte i eget hjem for voksne med psykiske vanskeligheder, også med dobbeltdiagnose.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry', 'dual-diagnosis'],
    problemTags: ['mental-health', 'housing', 'substance-misuse'],
    dualDiagnosisAccepted: true,
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatrien',
    legalBasis: [LEGAL.sel('§ 85')],
    waitingTime: 'Ca. 4 uger',
    cost: 'Gratis',
    channels: [b.phone('Socialpsykiatrien')],
  });
  b.offer({
    id: 'misbrug',
    unitKey: misbrug,
    name: 'Misbrugsbehandling for unge (Serviceloven § 101)',
    description: 'Ambulant behandling for unge 15–25 år, der bruger hash, alkohol eller andre rusmidler. Første samtale kan være anonym.',
    ageMin: 15,
    ageMax: 25,
    situations: ['dual-diagnosis'],
    problemTags: ['substance-misuse', 'mental-health'],
    dualDiagnosisAccepted: true,
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 101'), LEGAL.bl('§ 33')],
    waitingTime: 'Behandlingsgaranti: senest 14 dage',
    cost: 'Gratis',
    channels: [b.phone('Rusmiddelcentret, ungeteamet'), b.sms('SMS til ungeteamet')],
  });
  b.offer({
    id: 'ppr',
    unitKey: ppr,
    name: 'PPR-konsultation og pædagogisk-psykologisk vurdering',
    description:
      'PPR rådgiver skoler og forældre ved skolefravær, angst eller mistanke om udviklingsforstyrrelser og kan henvise videre til udredning.',
    ageMin: 0,
    ageMax: 16,
    situations: ['school-absence', 'psychiatric-assessment'],
    problemTags: ['school', 'anxiety', 'autism', 'adhd'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skole eller dagtilbud, med forældrenes samtykke',
    legalBasis: [LEGAL.fsl('§ 3, stk. 2')],
    waitingTime: 'Ca. 4–6 uger',
    cost: 'Gratis',
    channels: [b.phone('PPR')],
  });

  return b.build({
    name: 'Sønderborg Kommune',
    sector: 'MUNICIPAL',
    municipalityCode: '0540',
    description:
      'Sønderborg Kommune har samlet indsatsen for unge i Ungecenteret – én indgang for den unge 13–30 år – og har et opsøgende Team for Spiseforstyrrelser i socialpsykiatrien.',
  });
}
