// Offer templates for the Livsmod municipalities. Each template picks among a few phrasings with the
// seeded PRNG and weaves in the municipality's own towns and unit names, so the ten catalogues read
// like ten different municipalities rather than one copied ten times.

import { LEGAL } from './demo-builder.js';
import type { OfferSpec, OrgBuilder } from './demo-builder.js';
import { customHours, officeHours } from './demo-hours.js';
import type { LivsmodCoreOffer, LivsmodMunicipality, LivsmodOptionalOffer } from './demo-livsmod-config.js';

export interface LivsmodUnits {
  boern: string;
  ppr: string;
  ssp: string;
  fam: string;
  ungdomsskole: string;
  soc: string;
  socpsyk: string;
  visitation: string;
  misbrug: string;
  sundhed: string;
  job: string;
  kui: string;
  uu: string;
}

type Template = (b: OrgBuilder, m: LivsmodMunicipality, u: LivsmodUnits) => OfferSpec;

export function townList(m: LivsmodMunicipality): string {
  const towns = [...m.towns];
  const last = towns.pop();
  return towns.length === 0 ? (last ?? m.name) : `${towns.join(', ')} og ${last ?? ''}`;
}

const CORE: Record<LivsmodCoreOffer, Template> = {
  samtaletilbud: (b, m, u) => ({
    id: 'samtaletilbud',
    unitKey: u.ungdomsskole,
    name: 'Ungdomsskolens samtaletilbud',
    description: b.kit.pick([
      `${m.ungdomsskole} tilbyder korte samtaleforløb (typisk 3–6 samtaler) med en ungdomsskolevejleder til unge, der mistrives, føler sig ensomme eller har svært ved at komme i skole. Samtalerne kan foregå på ungdomsskolen i ${m.towns[0]} eller på den unges egen skole.`,
      `Uforpligtende samtaler med en voksen, der har tid, for unge i ${m.name} Kommune. Forløbet er ofte et første skridt, før der er brug for PPR eller familierådgivningen, og samtalerne kan holdes i ${townList(m)}.`,
      `Ungdomsskolevejlederne i ${m.name} tilbyder samtaler til unge, der har det svært – alene eller sammen med en ven. Der er ingen visitation, og forældre skal ikke give samtykke til de første samtaler.`,
    ]),
    helpText:
      'Vi hjælper med at sætte ord på det, der er svært – tristhed, bekymringer, konflikter med venner eller familie – og finder sammen med den unge ud af, hvem der kan hjælpe videre.',
    ageMin: 12,
    ageMax: 18,
    primaryAgeMin: 13,
    primaryAgeMax: 17,
    situations: ['school-absence'],
    problemTags: ['mental-health', 'anxiety', 'loneliness', 'school'],
    notFor: 'Unge i akut krise – ring 112 eller kontakt den psykiatriske akutmodtagelse.',
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.uskl(), LEGAL.bl('§ 28')],
    waitingTime: b.kit.pick(['Ca. 1 uge', 'Som regel inden for 5 hverdage', 'Ingen ventetid på første samtale']),
    cost: 'Gratis',
    channels: [
      b.phone('Ungdomsskolens kontor'),
      b.sms('SMS til samtalevejlederne'),
      b.dropIn(`${m.ungdomsskole}, ${m.towns[0]} – tirsdage og torsdage kl. 14–17`),
    ],
    openingHours: customHours(
      [
        ['MON', '09:00', '16:00'],
        ['TUE', '09:00', '17:00'],
        ['WED', '09:00', '16:00'],
        ['THU', '09:00', '17:00'],
        ['FRI', '09:00', '13:00'],
      ],
      b.kit.int(0, 4),
      'Lukket i skolernes sommerferie (uge 28–31)',
    ),
  }),
  'anonym-raadgivning': (b, m, u) => ({
    id: 'anonym-raadgivning',
    unitKey: u.fam,
    name: 'Anonym rådgivning for unge',
    description: b.kit.pick([
      `Åben og anonym rådgivning for unge mellem 12 og 25 år i ${m.name} Kommune – på telefon, sms, chat eller ved at møde op. Rådgiverne er socialrådgivere og psykologer, og rådgivningen opretter ikke en sag.`,
      `Unge kan tale med en rådgiver uden at oplyse navn eller cpr-nummer. Rådgivningen kan også hjælpe en ung med at forberede en samtale med forældre, skole eller læge.`,
    ]),
    helpText:
      'Du behøver ikke sige dit navn. Vi lytter, rådgiver og kan hjælpe dig videre, hvis du har brug for mere – men vi opretter ikke en sag, og vi skriver ikke noget ned om dig.',
    ageMin: 12,
    ageMax: 25,
    primaryAgeMin: 13,
    primaryAgeMax: 23,
    situations: ['self-harm', 'school-absence'],
    problemTags: ['mental-health', 'anxiety', 'depression', 'loneliness', 'self-injury', 'family-violence'],
    accessRoute: 'ANONYMOUS',
    legalBasis: [LEGAL.bl('§ 28'), LEGAL.sel('§ 10')],
    waitingTime: 'Ingen ventetid',
    cost: 'Gratis',
    languages: ['da', 'en'],
    channels: [
      b.phone('Anonym rådgivning'),
      b.sms('Anonym sms-rådgivning'),
      b.chat('ung/anonym-chat', 'Anonym chat'),
      b.dropIn(`${m.towns[m.towns.length - 1] ?? m.towns[0]}: ungdomsskolens lokaler, onsdage kl. 15–18`),
    ],
    openingHours: customHours(
      [
        ['MON', '12:00', '18:00'],
        ['TUE', '12:00', '18:00'],
        ['WED', '12:00', '18:00'],
        ['THU', '12:00', '18:00'],
        ['FRI', '12:00', '15:00'],
      ],
      b.kit.int(0, 4),
      'Chatten er åben mandag–torsdag kl. 15–18',
    ),
  }),
  udskrivningsmentor: (b, m, u) => ({
    id: 'udskrivningsmentor',
    unitKey: u.kui,
    name: 'Udskrivningsmentor',
    description: `Unge, der udskrives efter en psykiatrisk indlæggelse, har ret til en mentor fra op til 3 måneder før udskrivningen og i mindst 6 måneder i alt. Mentoren fra ${m.jobcenter} hjælper med at komme i gang med uddannelse, job og hverdag og er bindeled til bostøtte, misbrugsbehandling og behandlingspsykiatrien.`,
    helpText:
      'Ring, når udskrivningen er ved at blive planlagt – så kan mentoren deltage i udskrivningsmødet og møde borgeren på afdelingen, før vedkommende står alene.',
    ageMin: 18,
    ageMax: 30,
    primaryAgeMin: 18,
    primaryAgeMax: 25,
    situations: ['discharge', 'discharge-adult-psychiatry', 'transition-18', 'youth-without-education'],
    problemTags: ['mental-health', 'psychosis', 'depression', 'employment', 'school'],
    dualDiagnosisAccepted: true,
    accessRoute: 'REFERRAL',
    referredBy: 'Psykiatrisk afdeling, OPUS eller egen sagsbehandler – gerne inden udskrivningen',
    legalBasis: [LEGAL.lab('§ 167, stk. 2')],
    holdsAuthority: true,
    waitingTime: 'Mentor tilknyttes før udskrivningen, når afdelingen kontakter os i god tid',
    capacity: b.kit.pick(['8 forløb ad gangen', '10–12 forløb ad gangen', 'Ca. 25 forløb om året']),
    cost: 'Gratis',
    channels: [b.phone('Ungeindsatsen'), b.staffPhone('Mentorkoordinator – direkte for hospitalspersonale'), b.email('udskrivningsmentor')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
  familiebehandling: (b, m, u) => ({
    id: 'familiebehandling',
    unitKey: u.fam,
    name: 'Familiebehandling (Barnets Lov § 32)',
    description: b.kit.pick([
      `Familiebehandling i hjemmet eller i ${m.familyUnit}s lokaler i ${m.towns[0]}, fx efter et forløb i børne- og ungdomspsykiatrien. Behandlingen gives efter en afgørelse om støttende indsats og kræver forældrenes samtykke.`,
      `Et tidsafgrænset forløb for hele familien, hvor familiebehandlere arbejder med hverdagens konflikter, skolegang og samarbejdet om barnets behandling. Forudsætter en afdækning eller børnefaglig undersøgelse.`,
    ]),
    helpText:
      'Vi støtter familier, hvor et barn eller en ung mistrives, fx efter en indlæggelse – så behandlingen kan fortsætte i hverdagen derhjemme og i skolen.',
    ageMin: 0,
    ageMax: 17,
    situations: ['discharge-child-youth-psychiatry', 'school-absence'],
    problemTags: ['mental-health', 'family-violence', 'school', 'adhd', 'autism'],
    notFor: 'Familier, der alene har brug for råd og vejledning – brug den anonyme rådgivning eller familierådgivningens åbne telefontid.',
    accessRoute: 'VISITATION',
    decidedBy: `${m.familyUnit}, ${m.name} Kommune (myndighed)`,
    legalBasis: [LEGAL.bl('§ 32')],
    holdsAuthority: true,
    waitingTime: b.kit.pick(['Afgørelse typisk inden for 4–8 uger', 'Ca. 6 uger fra henvendelse til opstart']),
    cost: 'Gratis',
    channels: [b.phone('Familierådgivningen'), b.email('familiebehandling')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
  bostoette: (b, m, u) => ({
    id: 'bostoette',
    unitKey: u.socpsyk,
    name: 'Bostøtte (Serviceloven § 85)',
    description: b.kit.pick([
      `Socialpædagogisk støtte i eget hjem til voksne med psykiske vanskeligheder – fx struktur i hverdagen, økonomi, kontakt til behandling og netværk. ${m.socpsykUnit} i ${m.name} kan starte hurtigt op, når støtten er en del af en udskrivningsaftale.`,
      `Bostøtten hjælper borgeren med at mestre hverdagen i egen bolig efter en indlæggelse eller i en periode med forværring. Støtten gives individuelt eller i gruppe og tilrettelægges efter borgerens egne mål.`,
    ]),
    helpText:
      'Vi kommer hjem til borgeren og hjælper med det, der skal til for at bo godt: rutiner, post og økonomi, kontakt til læge og psykiatri, og at komme ud blandt andre.',
    ageMin: 18,
    situations: ['discharge', 'discharge-adult-psychiatry', 'dual-diagnosis', 'no-fixed-address', 'transition-18'],
    problemTags: ['mental-health', 'housing', 'psychosis', 'depression', 'anxiety', 'substance-misuse'],
    dualDiagnosisAccepted: true,
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatri',
    legalBasis: [LEGAL.sel('§ 85')],
    waitingTime: b.kit.pick([
      'Ca. 3–6 uger fra ansøgning; sager i forbindelse med udskrivning prioriteres',
      'Visitationsudvalget mødes hver 14. dag',
    ]),
    capacity: b.kit.pick(['Ingen fast loft', 'Ca. 120 borgere', 'Ca. 80 borgere']),
    cost: 'Gratis',
    channels: [b.phone('Socialpsykiatriens indgang'), b.email('bostoette')],
    openingHours: officeHours('long', b.kit.int(0, 4)),
  }),
  'misbrug-unge': (b, m, u) => ({
    id: 'misbrug-unge',
    unitKey: u.misbrug,
    name: 'Misbrugsbehandling for unge (Serviceloven § 101)',
    description: `Ambulant rådgivning og behandling for unge, der bruger hash, alkohol eller andre rusmidler. ${m.misbrug} har et særskilt ungeteam, der også kan tage samtalerne i ungdomsskolen eller hjemme, og som samarbejder med psykiatrien om unge med dobbeltdiagnose.`,
    helpText:
      'Unge kan selv ringe eller møde op – også anonymt i den første samtale. Forældre og fagpersoner kan få råd om, hvordan de tager snakken.',
    ageMin: 15,
    ageMax: 25,
    primaryAgeMin: 16,
    primaryAgeMax: 23,
    situations: ['dual-diagnosis', 'discharge-adult-psychiatry'],
    problemTags: ['substance-misuse', 'mental-health', 'anxiety'],
    dualDiagnosisAccepted: true,
    notFor: 'Akut forgiftning eller svære abstinenser – kontakt egen læge, lægevagten eller skadestuen.',
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 101'), LEGAL.bl('§ 33'), LEGAL.sul('§ 141')],
    waitingTime: 'Behandlingsgaranti: tilbud senest 14 dage efter henvendelse',
    cost: 'Gratis',
    channels: [b.phone('Ungeteamet'), b.sms('SMS til ungeteamet'), b.email('misbrug-unge')],
    openingHours: officeHours('late-thursday', b.kit.int(0, 4), 'Åben rådgivning torsdag til kl. 17:30'),
  }),
  'fgu-vejledning': (b, m, u) => ({
    id: 'fgu-vejledning',
    unitKey: u.uu,
    name: 'FGU-vejledning',
    description: `UU-vejlederne i ${m.name} hjælper unge under 25 år uden uddannelse eller job med at finde vej til FGU, STU eller en ordinær ungdomsuddannelse. Kommunens ungeindsats laver målgruppevurderingen til FGU og følger op, hvis den unge falder fra.`,
    helpText: 'Vi hjælper den unge med at finde et realistisk næste skridt – også efter en indlæggelse, hvor skolen er gået i stå.',
    ageMin: 15,
    ageMax: 25,
    primaryAgeMin: 16,
    primaryAgeMax: 24,
    situations: ['youth-without-education', 'school-absence', 'transition-18'],
    problemTags: ['school', 'employment'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.kui('§ 2'), LEGAL.fgu()],
    waitingTime: 'Samtale inden for ca. 2 uger',
    cost: 'Gratis',
    channels: [b.phone('UU-vejledningen'), b.email('uu'), b.web('ung/fgu')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
  stu: (b, m, u) => ({
    id: 'stu',
    unitKey: u.kui,
    name: 'STU – særligt tilrettelagt ungdomsuddannelse',
    description: `Treårig ungdomsuddannelse for unge med særlige behov, som ikke kan gennemføre en anden ungdomsuddannelse, heller ikke med specialpædagogisk støtte. Ansøgningen går gennem UU-vejlederen, og ${m.jobcenter}s ungeindsats træffer afgørelse om forløb og udbyder.`,
    helpText:
      'Vi vurderer sammen med den unge og familien, om STU er det rigtige – og hjælper med at koordinere med socialpsykiatri eller bostøtte, når den unge fylder 18.',
    ageMin: 16,
    ageMax: 25,
    situations: ['transition-18', 'youth-without-education'],
    problemTags: ['autism', 'adhd', 'school', 'mental-health'],
    accessRoute: 'VISITATION',
    decidedBy: 'Ungeindsatsen/KUI – STU-visitationen',
    legalBasis: [LEGAL.stu()],
    holdsAuthority: true,
    waitingTime: 'Afgørelse inden for ca. 4 uger; opstart typisk i august eller januar',
    cost: 'Gratis',
    channels: [b.phone('STU-visitationen'), b.email('stu')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
};

const OPTIONAL: Record<LivsmodOptionalOffer, Template> = {
  'ssp-samtaler': (b, m, u) => ({
    id: 'ssp-samtaler',
    unitKey: u.ssp,
    name: 'SSP-samtaler og netværksmøder',
    description: `SSP-konsulenterne i ${m.name} holder bekymringssamtaler og netværksmøder med unge, forældre, skole og politi, når en ung er på vej ud i risikoadfærd. Oplysninger udveksles efter reglerne om SSP-samarbejdet.`,
    helpText: 'Vi samler de voksne omkring den unge, så der kommer én plan i stedet for mange bekymringer.',
    ageMin: 10,
    ageMax: 18,
    situations: ['school-absence'],
    problemTags: ['substance-misuse', 'school', 'loneliness'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skole, klub, politi eller forældre',
    legalBasis: [LEGAL.rpl('§ 115')],
    cost: 'Gratis',
    channels: [b.phone('SSP'), b.email('ssp')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
  'ppr-fravaer': (b, m, u) => ({
    id: 'ppr-fravaer',
    unitKey: u.ppr,
    name: 'PPR-konsultation ved bekymrende skolefravær',
    description: `PPR-psykologer og -konsulenter i ${m.name} rådgiver skolen og familien, når et barn har stigende fravær, fx på grund af angst eller autisme. Konsultationen kan føre til en pædagogisk-psykologisk vurdering.`,
    helpText: 'Vi hjælper skolen og forældrene med at forstå, hvad fraværet handler om, og hvad der skal til for at barnet kommer tilbage.',
    ageMin: 6,
    ageMax: 16,
    situations: ['school-absence', 'psychiatric-assessment'],
    problemTags: ['school', 'anxiety', 'autism', 'adhd'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skolen, med forældrenes samtykke',
    legalBasis: [LEGAL.fsl('§ 3, stk. 2')],
    waitingTime: 'Ca. 3–5 uger',
    cost: 'Gratis',
    channels: [b.phone('PPR'), b.email('ppr')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
  'opfoelgning-selvmord': (b, m, u) => ({
    id: 'opfoelgning-selvmord',
    unitKey: u.sundhed,
    name: 'Opfølgende samtaler efter selvmordsforsøg',
    description: `${m.sundhedUnit} i ${m.name} Kommune kontakter borgeren inden for få hverdage efter udskrivning og tilbyder op til fem samtaler. Pårørende – også søskende – kan få samtaler for sig selv.`,
    helpText:
      'Vi tager over, når hospitalet slipper: en fast person, der ringer op, kommer på besøg og hjælper med at finde den rette behandling videre.',
    ageMin: 12,
    situations: ['suicidal-behaviour', 'self-harm', 'discharge'],
    problemTags: ['suicidal-thoughts', 'self-injury', 'depression'],
    accessRoute: 'REFERRAL',
    referredBy: 'Hospital, egen læge eller borgeren selv',
    legalBasis: [LEGAL.sul('§ 119')],
    waitingTime: 'Kontakt inden for 2 hverdage',
    cost: 'Gratis',
    channels: [b.phone('Selvmordsforebyggelse'), b.staffPhone(), b.email('selvmordsforebyggelse')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
  ungestoette: (b, m, u) => ({
    id: 'ungestoette',
    unitKey: u.fam,
    name: 'Ungestøtte efter det fyldte 18. år',
    description: `Støtte i overgangen til voksenlivet for unge mellem 18 og 22 år, der før de fyldte 18 havde en fast kontaktperson eller var anbragt. Støtten bygger på den ungeplan, som ${m.familyUnit} laver sammen med den unge fra 16-årsalderen.`,
    helpText: 'Vi sørger for, at støtten ikke stopper brat den dag, den unge fylder 18 – og at voksenområdet er med, før det sker.',
    ageMin: 18,
    ageMax: 22,
    situations: ['transition-18'],
    problemTags: ['mental-health', 'housing', 'school'],
    accessRoute: 'VISITATION',
    decidedBy: `${m.familyUnit} – ungeteamet`,
    legalBasis: [LEGAL.bl('§§ 114-116')],
    holdsAuthority: true,
    cost: 'Gratis',
    channels: [b.phone('Ungeteamet'), b.email('ungestoette')],
    openingHours: officeHours('standard', b.kit.int(0, 4)),
  }),
  vaerested: (b, m, u) => ({
    id: 'vaerested',
    unitKey: u.socpsyk,
    name: 'Værested for unge voksne med psykisk sårbarhed',
    description: `Et åbent værested i ${m.towns[0]} med fællesspisning, aktiviteter og mulighed for en snak med en medarbejder. Ingen visitation – man kan bare komme.`,
    helpText: 'Et sted at være sammen med andre, når dagene er lange efter en indlæggelse.',
    ageMin: 18,
    primaryAgeMin: 18,
    primaryAgeMax: 35,
    situations: ['discharge-adult-psychiatry', 'no-fixed-address'],
    problemTags: ['loneliness', 'mental-health'],
    dualDiagnosisAccepted: true,
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 104')],
    cost: 'Gratis (fællesspisning 25 kr.)',
    channels: [b.phone('Værestedet'), b.dropIn(`Værestedet, ${m.towns[0]} – mandag til torsdag kl. 10–16`)],
    openingHours: customHours(
      [
        ['MON', '10:00', '16:00'],
        ['TUE', '10:00', '16:00'],
        ['WED', '10:00', '19:00'],
        ['THU', '10:00', '16:00'],
      ],
      b.kit.int(0, 4),
      'Fællesspisning onsdag kl. 17:30',
    ),
  }),
  skp: (b, m, u) => ({
    id: 'skp',
    unitKey: u.socpsyk,
    name: 'Støtte- og kontaktperson (Serviceloven § 99)',
    description: `Opsøgende støtte- og kontaktpersoner, der møder borgere med psykiske vanskeligheder, misbrug eller uden fast bolig dér, hvor de er – i ${townList(m)}. Kræver ingen ansøgning.`,
    helpText: 'Vi finder borgeren – på gaden, på herberget eller derhjemme – og bygger kontakten op i borgerens tempo.',
    ageMin: 18,
    situations: ['no-fixed-address', 'dual-diagnosis', 'discharge-adult-psychiatry'],
    problemTags: ['housing', 'substance-misuse', 'psychosis', 'mental-health'],
    dualDiagnosisAccepted: true,
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 99')],
    cost: 'Gratis',
    channels: [b.phone('SKP-teamet'), b.staffPhone('SKP-vagt for fagpersoner')],
    openingHours: officeHours('long', b.kit.int(0, 4)),
  }),
  'boern-af-psykisk-syge': (b, m, u) => ({
    id: 'boern-af-psykisk-syge',
    unitKey: u.sundhed,
    name: 'Samtalegruppe for børn og unge med en psykisk syg forælder',
    description: `Gruppeforløb på 8 gange for børn og unge, hvis mor eller far har en psykisk sygdom. Grupperne holdes i ${m.towns[0]} og ledes af en psykolog og en sundhedsplejerske.`,
    helpText: 'Børnene møder andre i samme situation og får viden om forælderens sygdom – og lov til at have det, som de har det.',
    ageMin: 8,
    ageMax: 17,
    situations: ['discharge-adult-psychiatry'],
    problemTags: ['mental-health', 'loneliness', 'grief'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.bl('§ 30')],
    capacity: '8 børn pr. hold; to hold om året',
    cost: 'Gratis',
    channels: [b.phone('Tilmelding'), b.email('boernegrupper')],
  }),
  'midlertidigt-botilbud': (b, m, u) => ({
    id: 'midlertidigt-botilbud',
    unitKey: u.socpsyk,
    name: 'Midlertidigt botilbud (Serviceloven § 107)',
    description: `Kommunens midlertidige botilbud i ${m.towns[0]} har døgnbemanding og er for voksne med betydelig psykisk funktionsnedsættelse, fx efter en længere indlæggelse. Målet er, at borgeren flytter i egen bolig med bostøtte.`,
    helpText: 'Et trygt sted at bo i en overgang, med personale hele døgnet og en plan for, hvor borgeren skal bo bagefter.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry', 'no-fixed-address', 'dual-diagnosis'],
    problemTags: ['housing', 'psychosis', 'mental-health'],
    dualDiagnosisAccepted: true,
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatri',
    legalBasis: [LEGAL.sel('§ 107')],
    waitingTime: 'Venteliste – typisk 2–4 måneder',
    capacity: b.kit.pick(['12 pladser', '14 pladser', '16 pladser']),
    cost: 'Egenbetaling for husleje og kost efter gældende takster',
    channels: [b.phone('Botilbuddets kontor'), b.staffPhone('Vagthavende på botilbuddet (døgn)')],
  }),
  'laengerevarende-botilbud': (b, m, u) => ({
    id: 'laengerevarende-botilbud',
    unitKey: u.socpsyk,
    name: 'Længerevarende botilbud (Serviceloven § 108)',
    description: `Længerevarende botilbud for voksne med betydelig og varigt nedsat psykisk funktionsevne, som ikke kan få dækket deres behov i egen bolig. ${m.name} Kommune visiterer både til egne og andre kommuners tilbud.`,
    helpText: 'Visitationen vurderer, om borgeren har brug for et varigt botilbud, eller om en § 107-plads eller bostøtte er bedre.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry'],
    problemTags: ['housing', 'psychosis', 'autism'],
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatri',
    legalBasis: [LEGAL.sel('§ 108')],
    waitingTime: 'Afhænger af ledige pladser – ofte flere måneder',
    capacity: '24 pladser',
    cost: 'Egenbetaling efter gældende takster',
    channels: [b.phone('Visitation')],
  }),
  'behandling-102': (b, m, u) => ({
    id: 'behandling-102',
    unitKey: u.visitation,
    name: 'Psykologbehandling ud over sundhedsloven (Serviceloven § 102)',
    description: `Samtalebehandling hos en psykolog, som ${m.name} Kommune har aftale med, for voksne, hvor behandlingen er nødvendig for, at den sociale støtte virker, og hvor sundhedsloven ikke dækker.`,
    helpText: 'Vi vurderer, om borgeren kan få behandling efter § 102, og hjælper ellers videre til egen læge eller regionen.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry'],
    problemTags: ['mental-health', 'anxiety', 'depression'],
    accessRoute: 'VISITATION',
    decidedBy: 'Visitation og Myndighed, Voksne',
    legalBasis: [LEGAL.sel('§ 102')],
    holdsAuthority: true,
    waitingTime: 'Ca. 8 uger',
    cost: 'Gratis',
    channels: [b.phone('Visitation Voksne')],
  }),
  fravaersteam: (b, m, u) => ({
    id: 'fravaersteam',
    unitKey: u.ppr,
    name: 'Fraværsteam – tidlig indsats ved skolefravær',
    description: `Et tværfagligt team fra PPR og ${m.familyUnit} går ind, når en elev har over 10 % fravær i et kvartal. Teamet laver en fælles plan med skole og forældre og følger op hver 4. uge.`,
    helpText: 'Vi hjælper skolen med at handle tidligt – før fraværet bliver til skolevægring.',
    ageMin: 6,
    ageMax: 16,
    primaryAgeMin: 12,
    primaryAgeMax: 16,
    situations: ['school-absence'],
    problemTags: ['school', 'anxiety', 'autism'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skolelederen, med forældrenes samtykke',
    legalBasis: [LEGAL.fsl('§ 3, stk. 2'), LEGAL.bl('§ 30')],
    waitingTime: 'Første møde inden for 3 uger',
    cost: 'Gratis',
    channels: [b.phone('Fraværsteamet'), b.email('fravaersteam')],
  }),
  angstkursus: (b, m, u) => ({
    id: 'angstkursus',
    unitKey: u.ppr,
    name: 'Angstkursus for unge (kognitivt gruppeforløb)',
    description: `Gruppeforløb på 10 gange for unge med angst, bygget på kognitiv adfærdsterapi og holdt i ${m.towns[0]}. Forældrene deltager i tre af gangene.`,
    helpText: 'Den unge lærer at forstå og håndtere sin angst sammen med andre på samme alder.',
    ageMin: 12,
    ageMax: 17,
    situations: ['school-absence'],
    problemTags: ['anxiety', 'school'],
    accessRoute: 'REFERRAL',
    referredBy: 'PPR eller skolens trivselsvejleder',
    legalBasis: [LEGAL.bl('§ 30')],
    capacity: '8 unge pr. hold',
    cost: 'Gratis',
    channels: [b.phone('PPR'), b.email('angstkursus')],
  }),
};

/** Adds the core catalogue plus the municipality's optional offers. */
export function addLivsmodOffers(b: OrgBuilder, m: LivsmodMunicipality, u: LivsmodUnits): void {
  const skip = new Set<string>(m.skipCore ?? []);
  const ids: (LivsmodCoreOffer | LivsmodOptionalOffer)[] = [];
  for (const id of Object.keys(CORE) as LivsmodCoreOffer[]) {
    if (!skip.has(id)) {
      ids.push(id);
    }
  }
  ids.push(...m.optional);
  for (const id of ids) {
    const template = id in CORE ? CORE[id as LivsmodCoreOffer] : OPTIONAL[id as LivsmodOptionalOffer];
    const spec = template(b, m, u);
    const override = m.statusOverrides?.[id];
    if (override === undefined) {
      b.offer(spec);
    } else {
      b.offer({
        ...spec,
        status: override.status,
        description: `${spec.description} ${override.note}`,
        ...(override.endsOn === undefined ? {} : { endsOn: override.endsOn }),
      });
    }
  }
}
