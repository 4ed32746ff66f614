// The ten Livsmod municipalities: one organisation each, with a small unit tree, an entry-point
// function per key handover situation, named key persons and staff, and an offer catalogue.

import { OrgBuilder } from './demo-builder.js';
import type { DemoOrganisation } from './demo-dataset.types.js';
import { extendFuresoe } from './demo-furesoe.js';
import { alwaysOpen, officeHours } from './demo-hours.js';
import type { DemoKit } from './demo-kit.js';
import { LIVSMOD_MUNICIPALITIES } from './demo-livsmod-config.js';
import type { LivsmodMunicipality } from './demo-livsmod-config.js';
import { addLivsmodOffers, townList } from './demo-livsmod-offers.js';
import type { LivsmodUnits } from './demo-livsmod-offers.js';

function addUnits(b: OrgBuilder, m: LivsmodMunicipality): LivsmodUnits {
  const boern = b.unit('boern', m.childrenDept, 'FORVALTNING', {
    description: 'Dagtilbud, skoler, PPR, SSP, ungdomsskole og myndighed for børn og unge 0–17 år.',
  });
  const soc = b.unit('social', m.socialDept, 'FORVALTNING', {
    description: 'Socialpsykiatri, misbrugsbehandling, sundhed og myndighed for voksne.',
  });
  const job = b.unit('job', m.jobcenter, 'CENTER', {
    description: 'Beskæftigelse og uddannelse, herunder den kommunale ungeindsats for unge under 25 år.',
  });
  const kui = b.unit('kui', 'Ungeindsats/KUI', 'AFDELING', {
    parentKey: job,
    description: 'Den samlede kommunale ungeindsats for unge under 25 år uden uddannelse eller job.',
  });
  return {
    boern,
    soc,
    job,
    kui,
    ppr: b.unit('ppr', 'PPR – Pædagogisk Psykologisk Rådgivning', 'AFDELING', {
      parentKey: boern,
      description: 'Psykologer, tale-høre-konsulenter og pædagogiske konsulenter for dagtilbud og skoler.',
    }),
    ssp: b.unit('ssp', 'SSP', 'TEAM', {
      parentKey: boern,
      description: 'Samarbejdet mellem skole, socialforvaltning og politi om kriminalitetsforebyggelse.',
    }),
    fam: b.unit('familie', m.familyUnit, 'AFDELING', {
      parentKey: boern,
      description: 'Myndighed for børn og unge: rådgivning, underretninger, undersøgelser og støttende indsatser.',
    }),
    ungdomsskole: b.unit('ungdomsskole', m.ungdomsskole, 'CENTER', {
      parentKey: boern,
      description: `Fritidsundervisning, klubber og samtaletilbud for unge i ${townList(m)}.`,
    }),
    socpsyk: b.unit('socialpsykiatri', m.socpsykUnit, 'AFDELING', {
      parentKey: soc,
      description: 'Bostøtte, botilbud, værested og opsøgende arbejde for voksne med psykiske vanskeligheder.',
    }),
    visitation: b.unit('visitation-voksne', 'Visitation og Myndighed, Voksne', 'AFDELING', {
      parentKey: soc,
      description: 'Myndighed for voksne: sagsbehandling og afgørelser efter serviceloven.',
    }),
    misbrug: b.unit('misbrug', m.misbrug, 'CENTER', {
      parentKey: soc,
      description: 'Rådgivning og behandling for alkohol- og stofmisbrug, med særskilt ungeteam.',
    }),
    sundhed: b.unit('sundhed', m.sundhedUnit, 'TEAM', {
      parentKey: soc,
      description: 'Forebyggelse, sundhedspleje og selvmordsforebyggende opfølgning.',
    }),
    uu: b.unit('uu', 'UU-vejledning', 'TEAM', {
      parentKey: kui,
      description: 'Uddannelsesvejledning for unge i udskoling, 10. klasse og unge under 25 uden uddannelse.',
    }),
  };
}

function addEntryPoints(b: OrgBuilder, m: LivsmodMunicipality, u: LivsmodUnits): void {
  const h = (): number => b.kit.int(0, 4);
  b.fn({
    id: 'indgang-udskrivning-voksen',
    unitKey: u.socpsyk,
    name: `Indgang ved udskrivning fra voksenpsykiatrien – ${m.socpsykUnit}`,
    roleTitle: 'Indgang for psykiatrien',
    helpText: `Ring her, når en borger over 18 år fra ${m.name} Kommune skal udskrives og har brug for bostøtte, botilbud, misbrugsbehandling eller en koordinerende sagsbehandler. Vi deltager gerne i udskrivningsmødet og modtager udskrivningsaftale og koordinationsplan.`,
    situations: ['discharge', 'discharge-adult-psychiatry', 'dual-diagnosis'],
    openingHours: officeHours(b.kit.pick(['standard', 'long'] as const), h()),
  });
  b.fn({
    id: 'indgang-udskrivning-bup',
    unitKey: u.fam,
    name: `Indgang ved udskrivning fra børne- og ungdomspsykiatrien – ${m.familyUnit}`,
    roleTitle: 'Indgang for BUP',
    helpText:
      'Vi tager imod henvendelser fra BUP om børn og unge under 18 år, der udskrives og har brug for støtte i hjemmet, i skolen eller i familien. Vær opmærksom på, at vi er myndighed: en henvendelse kan føre til en afdækning eller en børnefaglig undersøgelse.',
    situations: ['discharge', 'discharge-child-youth-psychiatry', 'school-absence'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'indgang-selvmordsforsoeg',
    unitKey: u.sundhed,
    name: `Kontakt efter selvmordsforsøg – ${m.sundhedUnit}`,
    roleTitle: 'Selvmordsforebyggende indgang',
    helpText:
      'Henvis her efter et selvmordsforsøg eller alvorlig selvskade. Med borgerens samtykke ringer vi op inden for to hverdage og tilbyder opfølgende samtaler; ved børn under 18 år inddrager vi forældrene. Ved akut fare: ring 112.',
    situations: ['suicidal-behaviour', 'self-harm', 'discharge'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'indgang-overgang-18',
    unitKey: u.kui,
    name: 'Indgang ved overgangen til voksenlivet (16–23 år)',
    roleTitle: 'Overgangskoordinator',
    helpText:
      'For unge, hvor støtten efter Barnets Lov ophører ved 18 år, og hjælpen skal videre efter serviceloven, LAB-loven eller sundhedsloven. Planen for overgangen skal laves fra den unge er 16 – kontakt os hellere for tidligt end for sent.',
    situations: ['transition-18', 'youth-without-education', 'discharge-child-youth-psychiatry'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'socialvagt',
    unitKey: u.fam,
    name: `Døgnåben vagttelefon – Socialvagten i ${m.name}`,
    roleTitle: 'Socialvagt',
    helpText:
      'Uden for kontortid: akutte bekymringer for børn og unge og akutte sociale problemer for voksne, fx når en udskrivning sker uden varsel om aftenen eller i weekenden. Ring 112 ved livsfare.',
    situations: ['discharge', 'suicidal-behaviour', 'no-fixed-address'],
    publicPhoneLabel: 'Døgnåben vagttelefon',
    staffLineLabel: 'Vagthavende socialrådgiver – direkte for politi og hospital',
    email: false,
    openingHours: alwaysOpen('Døgnåben vagttelefon – i kontortid stilles du videre til den relevante afdeling'),
  });
}

function addPeople(b: OrgBuilder, m: LivsmodMunicipality, u: LivsmodUnits): void {
  const k = b.kit;
  b.person({
    unitKey: u.boern,
    roleTitle: 'Nøgleperson i Livsmod',
    helpText: `Kommunens nøgleperson i Livsmod for børne- og ungeområdet. Kender vejene i ${m.childrenDept} og hjælper, når du ikke ved, hvem du skal ringe til.`,
    situations: ['discharge-child-youth-psychiatry', 'suicidal-behaviour', 'school-absence'],
    sms: true,
  });
  b.person({
    unitKey: u.soc,
    roleTitle: 'Nøgleperson i Livsmod',
    helpText: `Nøgleperson for voksenområdet. Bringer emner fra netværket videre til medarbejderne i ${m.socialDept} – og den anden vej.`,
    situations: ['discharge-adult-psychiatry', 'suicidal-behaviour', 'dual-diagnosis'],
    extraChannels: [b.video(`livsmod/${k.int(100, 999)}`)],
  });
  for (let i = 0; i < 2; i += 1) {
    b.person({
      unitKey: u.fam,
      roleTitle: 'Socialrådgiver, myndighed børn og unge',
      helpText: k.pick([
        'Sagsbehandler for børn og unge 0–17 år med psykiatriske diagnoser. Deltager i netværksmøder med BUP.',
        'Rådgiver for unge 14–17 år; arbejder med ungeplanen og forberedelsen af overgangen til voksenlivet.',
        'Modtager underretninger og henvendelser fra hospitaler om børn og unge.',
      ]),
      situations: ['discharge-child-youth-psychiatry', 'transition-18'],
    });
  }
  b.person({
    unitKey: u.visitation,
    roleTitle: 'Socialrådgiver, myndighed voksne',
    helpText: 'Sagsbehandler for voksne med psykiske vanskeligheder; ansøgninger om bostøtte og botilbud går gennem mig.',
    situations: ['discharge-adult-psychiatry', 'dual-diagnosis', 'no-fixed-address'],
  });
  for (let i = 0; i < 2; i += 1) {
    b.person({
      unitKey: u.ppr,
      roleTitle: 'Psykolog, PPR',
      helpText: k.pick([
        'Skolepsykolog for udskolingen; angst, skolefravær og udredningsforløb i samarbejde med BUP.',
        'PPR-psykolog med særlig viden om autisme og skolevægring.',
        'Psykolog i PPR; deltager i kommunens supervisionsgruppe om selvskade og selvmordsadfærd.',
      ]),
      situations: ['school-absence', 'psychiatric-assessment', 'self-harm'],
    });
  }
  b.person({
    unitKey: u.ssp,
    roleTitle: 'SSP-konsulent',
    helpText: `SSP-konsulent for ${townList(m)}. Kontakt mig ved bekymring for unge i risikoadfærd, misbrug eller kriminalitet.`,
    situations: ['school-absence', 'dual-diagnosis'],
    sms: true,
  });
  for (let i = 0; i < 2; i += 1) {
    b.person({
      unitKey: u.uu,
      roleTitle: 'UU-vejleder',
      helpText: k.pick([
        'Vejleder unge uden uddannelse eller job og laver målgruppevurderinger til FGU.',
        'Vejleder for 8.–10. klasse og unge, der er faldet fra en ungdomsuddannelse.',
        'Vejleder med særligt ansvar for STU og unge med særlige behov.',
      ]),
      situations: ['youth-without-education', 'transition-18', 'school-absence'],
    });
  }
  b.person({
    unitKey: u.kui,
    roleTitle: 'Koordinerende sagsbehandler, Ungeindsatsen',
    helpText: 'Samler trådene for unge 16–25 år med flere sager i kommunen – uddannelse, ydelse, misbrug og psykiatri – i én plan.',
    situations: ['transition-18', 'youth-without-education', 'discharge-adult-psychiatry'],
  });
  b.person({
    unitKey: u.socpsyk,
    roleTitle: k.pick(['Psykiatrisk sygeplejerske, Socialpsykiatri', 'Teamleder, bostøtten']),
    helpText: 'Fast kontakt for afdelingerne i regionen ved udskrivning af borgere, der allerede har bostøtte.',
    situations: ['discharge-adult-psychiatry', 'dual-diagnosis'],
  });
  b.person({
    unitKey: u.misbrug,
    roleTitle: 'Misbrugskonsulent, ungeteamet',
    helpText: 'Behandler unge 15–25 år og koordinerer med psykiatrien ved dobbeltdiagnose.',
    situations: ['dual-diagnosis'],
    sms: true,
  });
  b.person({
    unitKey: u.sundhed,
    roleTitle: k.pick(['Selvmordsforebyggende konsulent', 'Sundhedsplejerske, selvmordsforebyggelse']),
    helpText: 'Tager imod henvisninger efter selvmordsforsøg og følger op over for borger og pårørende.',
    situations: ['suicidal-behaviour', 'self-harm'],
  });
}

function addLivsmodSecretariat(b: OrgBuilder): void {
  const unit = b.unit('livsmod', 'Livsmod – netværkssekretariat', 'TEAM', {
    description:
      'Sekretariat for Livsmod-netværket af ti nordsjællandske kommuner og Region Hovedstaden: styregruppe, temadage, supervisionsgrupper og kontaktlisten.',
  });
  b.fn({
    id: 'livsmod-sekretariat',
    unitKey: unit,
    name: 'Livsmod-sekretariatet',
    roleTitle: 'Netværkssekretariat',
    helpText:
      'Har en nøgleperson skiftet job, eller mangler du den rette kontakt i en af de ti kommuner? Giv besked her, så kontaktlisten altid er opdateret. Vi svarer også på spørgsmål om temadage og supervisionsgrupper.',
    situations: ['discharge', 'suicidal-behaviour', 'transition-18'],
    openingHours: officeHours('short', 0, 'Sekretariatet er bemandet formiddage på hverdage'),
  });
  b.person({
    unitKey: unit,
    roleTitle: 'Faglig tovholder, Livsmod',
    helpText: 'Koordinerer styregruppen af nøglepersoner, planlægger temadage og supervisionsgrupper og holder kontaktoplysningerne ajour.',
    situations: ['suicidal-behaviour', 'self-harm', 'discharge'],
    sms: true,
  });
}

function buildMunicipality(kit: DemoKit, m: LivsmodMunicipality): DemoOrganisation {
  const b = new OrgBuilder(kit, m.orgKey, m.slug, [
    'Nøgleperson i Livsmod',
    `Koordinator, ${m.childrenDept}`,
    `Koordinator, ${m.socialDept}`,
    'Faglig tovholder, Livsmod',
  ]);
  const u = addUnits(b, m);
  addEntryPoints(b, m, u);
  addPeople(b, m, u);
  if (m.code === '0217') {
    addLivsmodSecretariat(b);
  }
  addLivsmodOffers(b, m, u);
  if (m.code === '0190') {
    extendFuresoe(b, u);
  }
  return b.build({
    name: `${m.name} Kommune`,
    sector: 'MUNICIPAL',
    municipalityCode: m.code,
    description: `${m.name} Kommune er en af de ti kommuner i Livsmod-netværket i Nordsjælland sammen med Region Hovedstaden. ${m.profile}`,
  });
}

export function buildLivsmodMunicipalities(kit: DemoKit): DemoOrganisation[] {
  return LIVSMOD_MUNICIPALITIES.map((m) => buildMunicipality(kit, m));
}
