// Ballerup Kommune (0151): Samarbejdsmodellen for pupils in grades 7–9 with high absence – one
// coordinated plan and follow-up meetings every 6–12 weeks – plus a small adult catalogue.

import { LEGAL, OrgBuilder } from './demo-builder.js';
import type { DemoOrganisation } from './demo-dataset.types.js';
import { alwaysOpen, customHours, officeHours } from './demo-hours.js';
import type { DemoKit } from './demo-kit.js';

export function buildBallerup(kit: DemoKit): DemoOrganisation {
  const b = new OrgBuilder(kit, 'kommune-ballerup', 'ballerup', [
    'Koordinator, Samarbejdsmodellen',
    'Koordinator, Social- og Sundhedsforvaltningen',
  ]);
  const h = (): number => kit.int(0, 4);

  const boern = b.unit('boern', 'Børne- og Ungeforvaltningen', 'FORVALTNING');
  const model = b.unit('samarbejdsmodellen', 'Samarbejdsmodellen', 'TEAM', {
    parentKey: boern,
    description: 'Tværfagligt team for elever i 7.–9. klasse med højt fravær: én koordineret plan og faste opfølgningsmøder.',
  });
  const ppr = b.unit('ppr', 'PPR', 'AFDELING', { parentKey: boern });
  const familie = b.unit('familie', 'Familierådgivningen', 'AFDELING', { parentKey: boern });
  const ungdomsskole = b.unit('ungdomsskole', 'Ballerup Ungdomsskole', 'CENTER', { parentKey: boern });
  const social = b.unit('social', 'Social- og Sundhedsforvaltningen', 'FORVALTNING');
  const socpsyk = b.unit('socialpsykiatri', 'Socialpsykiatri', 'AFDELING', { parentKey: social });
  const misbrug = b.unit('misbrug', 'Misbrugscenter Ballerup', 'CENTER', { parentKey: social });
  const job = b.unit('job', 'Jobcenter Ballerup', 'CENTER');
  const unge = b.unit('ungeindsatsen', 'Ungeindsatsen', 'TEAM', { parentKey: job });

  b.fn({
    id: 'samarbejdsmodellen',
    unitKey: model,
    name: 'Samarbejdsmodellen – koordinator',
    roleTitle: 'Indgang for skoler og BUP',
    helpText:
      'Kontakt ved elever i 7.–9. klasse med højt fravær, også når en elev vender tilbage efter et forløb i børne- og ungdomspsykiatrien. Koordinatoren indkalder til første netværksmøde inden for 14 dage.',
    situations: ['school-absence', 'discharge-child-youth-psychiatry'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'familie-modtagelse',
    unitKey: familie,
    name: 'Familierådgivningen – modtagelsen',
    helpText: 'Henvendelser og underretninger om børn og unge under 18 år, herunder ved udskrivning fra BUC.',
    situations: ['discharge-child-youth-psychiatry', 'suicidal-behaviour'],
    openingHours: officeHours('long', h()),
  });
  b.fn({
    id: 'udskrivning-voksen',
    unitKey: socpsyk,
    name: 'Socialpsykiatri – indgang ved udskrivning',
    helpText:
      'For Psykiatrisk Center Glostrup og andre afdelinger: ring, når en borger fra Ballerup skal udskrives og har brug for bostøtte eller botilbud.',
    situations: ['discharge', 'discharge-adult-psychiatry', 'dual-diagnosis'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'overgang-18',
    unitKey: unge,
    name: 'Ungeindsatsen – indgang ved overgangen til 18 år',
    helpText: 'For unge 16–23 år, der skal have hjælpen videre fra børne- til voksenområdet.',
    situations: ['transition-18', 'youth-without-education'],
    openingHours: officeHours('standard', h()),
  });
  b.fn({
    id: 'socialvagt',
    unitKey: familie,
    name: 'Døgnåben vagttelefon – Socialvagten',
    helpText: 'Akutte sociale problemer uden for kontortid. Ring 112 ved livsfare.',
    situations: ['discharge', 'suicidal-behaviour', 'no-fixed-address'],
    email: false,
    publicPhoneLabel: 'Døgnåben vagttelefon',
    openingHours: alwaysOpen(),
  });

  const people: { unitKey: string; roleTitle: string; helpText: string; situations: string[] }[] = [
    {
      unitKey: model,
      roleTitle: 'Koordinator, Samarbejdsmodellen',
      helpText: 'Koordinator for skolerne i den nordlige del af kommunen.',
      situations: ['school-absence'],
    },
    {
      unitKey: model,
      roleTitle: 'Koordinator, Samarbejdsmodellen',
      helpText: 'Koordinator for skolerne i Skovlunde og Ballerup by.',
      situations: ['school-absence'],
    },
    {
      unitKey: ppr,
      roleTitle: 'Psykolog, PPR',
      helpText: 'Deltager i Samarbejdsmodellens netværksmøder; angst og skolevægring.',
      situations: ['school-absence', 'psychiatric-assessment'],
    },
    {
      unitKey: model,
      roleTitle: 'Skolesocialrådgiver',
      helpText: 'Samtaler med elever og forældre på skolen; bindeled til Familierådgivningen.',
      situations: ['school-absence'],
    },
    {
      unitKey: familie,
      roleTitle: 'Socialrådgiver, Familierådgivningen',
      helpText: 'Sagsbehandler for unge 12–17 år med psykiatriske diagnoser.',
      situations: ['discharge-child-youth-psychiatry', 'transition-18'],
    },
    {
      unitKey: unge,
      roleTitle: 'UU-vejleder',
      helpText: 'Vejleder elever i Samarbejdsmodellen om uddannelse efter 9. klasse.',
      situations: ['youth-without-education', 'school-absence'],
    },
    {
      unitKey: socpsyk,
      roleTitle: 'Psykiatrisk sygeplejerske, Socialpsykiatri',
      helpText: 'Fast kontakt til Psykiatrisk Center Glostrup ved udskrivning.',
      situations: ['discharge-adult-psychiatry'],
    },
    {
      unitKey: misbrug,
      roleTitle: 'Misbrugskonsulent',
      helpText: 'Behandling og rådgivning; dobbeltdiagnoser i samarbejde med det udgående team i Glostrup.',
      situations: ['dual-diagnosis'],
    },
  ];
  for (const p of people) {
    b.person(p);
  }

  b.offer({
    id: 'samarbejdsmodellen',
    unitKey: model,
    name: 'Samarbejdsmodellen – fælles plan ved højt skolefravær',
    description:
      'For elever i 7.–9. klasse med højt fravær samler Samarbejdsmodellen skole, forældre, PPR, familierådgivning og – når det er relevant – BUP om én koordineret plan. Planen følges op på møder hver 6.–12. uge, indtil eleven er i gang igen.',
    helpText: 'Én plan og én koordinator, så eleven og familien ikke skal forholde sig til mange forskellige planer.',
    ageMin: 12,
    ageMax: 16,
    primaryAgeMin: 13,
    primaryAgeMax: 16,
    situations: ['school-absence', 'discharge-child-youth-psychiatry'],
    problemTags: ['school', 'anxiety', 'depression', 'autism'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skolelederen, med forældrenes samtykke',
    legalBasis: [LEGAL.fsl('§ 3, stk. 2'), LEGAL.bl('§ 30')],
    waitingTime: 'Første netværksmøde inden for 14 dage',
    capacity: 'Ca. 60 elever om året',
    cost: 'Gratis',
    channels: [b.phone('Samarbejdsmodellen'), b.email('samarbejdsmodellen')],
    openingHours: officeHours('standard', h()),
    startsOn: '2016-08-01',
  });
  b.offer({
    id: 'anonym-raadgivning',
    unitKey: ungdomsskole,
    name: 'Anonym rådgivning for unge',
    description: 'Anonym og gratis rådgivning for unge 12–25 år i Ballerup Ungdomsskoles lokaler og på telefon.',
    ageMin: 12,
    ageMax: 25,
    situations: ['self-harm', 'school-absence'],
    problemTags: ['mental-health', 'anxiety', 'loneliness'],
    accessRoute: 'ANONYMOUS',
    legalBasis: [LEGAL.bl('§ 28'), LEGAL.sel('§ 10')],
    cost: 'Gratis',
    channels: [b.phone('Anonym rådgivning'), b.dropIn('Ballerup Ungdomsskole – onsdage kl. 14–17')],
    openingHours: customHours(
      [
        ['MON', '13:00', '17:00'],
        ['WED', '13:00', '17:00'],
        ['THU', '13:00', '17:00'],
      ],
      h(),
    ),
  });
  b.offer({
    id: 'familiebehandling',
    unitKey: familie,
    name: 'Familiebehandling (Barnets Lov § 32)',
    description: 'Familiebehandling i hjemmet efter afgørelse fra Familierådgivningen.',
    ageMin: 0,
    ageMax: 17,
    situations: ['discharge-child-youth-psychiatry', 'school-absence'],
    problemTags: ['mental-health', 'family-violence'],
    accessRoute: 'VISITATION',
    decidedBy: 'Familierådgivningen, Ballerup Kommune',
    legalBasis: [LEGAL.bl('§ 32')],
    holdsAuthority: true,
    cost: 'Gratis',
    channels: [b.phone('Familierådgivningen')],
  });
  b.offer({
    id: 'bostoette',
    unitKey: socpsyk,
    name: 'Bostøtte (Serviceloven § 85)',
    description: 'Støtte i eget hjem for voksne med psykiske vanskeligheder – struktur, økonomi og kontakt til behandling.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry', 'dual-diagnosis'],
    problemTags: ['mental-health', 'housing'],
    dualDiagnosisAccepted: true,
    accessRoute: 'VISITATION',
    decidedBy: 'Visitationsudvalget, Socialpsykiatri',
    legalBasis: [LEGAL.sel('§ 85')],
    waitingTime: 'Ca. 4–6 uger',
    cost: 'Gratis',
    channels: [b.phone('Socialpsykiatri')],
  });
  b.offer({
    id: 'udskrivningsmentor',
    unitKey: unge,
    name: 'Udskrivningsmentor',
    description:
      'Mentorstøtte til borgere, der udskrives fra psykiatrisk indlæggelse – fra op til 3 måneder før udskrivningen og mindst 6 måneder i alt.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry', 'youth-without-education'],
    problemTags: ['mental-health', 'employment'],
    accessRoute: 'REFERRAL',
    referredBy: 'Psykiatrisk afdeling eller sagsbehandler',
    legalBasis: [LEGAL.lab('§ 167, stk. 2')],
    holdsAuthority: true,
    cost: 'Gratis',
    channels: [b.phone('Ungeindsatsen'), b.staffPhone()],
  });
  b.offer({
    id: 'stu',
    unitKey: unge,
    name: 'STU – særligt tilrettelagt ungdomsuddannelse',
    description: 'Treårig uddannelse for unge med særlige behov; ansøgning via UU-vejlederen.',
    ageMin: 16,
    ageMax: 25,
    situations: ['transition-18', 'youth-without-education'],
    problemTags: ['autism', 'school'],
    accessRoute: 'VISITATION',
    decidedBy: 'Ungeindsatsen – STU-visitationen',
    legalBasis: [LEGAL.stu()],
    holdsAuthority: true,
    cost: 'Gratis',
    channels: [b.phone('STU-visitationen')],
  });
  b.offer({
    id: 'misbrug',
    unitKey: misbrug,
    name: 'Misbrugsbehandling (Serviceloven § 101)',
    description: 'Ambulant behandling for voksne og unge fra 15 år, med mulighed for anonym første samtale.',
    ageMin: 15,
    situations: ['dual-diagnosis'],
    problemTags: ['substance-misuse'],
    dualDiagnosisAccepted: true,
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 101'), LEGAL.sul('§ 141')],
    waitingTime: 'Behandlingsgaranti: senest 14 dage',
    cost: 'Gratis',
    channels: [b.phone('Misbrugscentret')],
  });
  b.offer({
    id: 'moedestedet',
    unitKey: socpsyk,
    name: 'Mødestedet – værested (Serviceloven § 104)',
    description: 'Åbent værested med café, aktiviteter og fællesspisning for voksne med psykisk sårbarhed.',
    ageMin: 18,
    situations: ['discharge-adult-psychiatry', 'no-fixed-address'],
    problemTags: ['loneliness', 'mental-health'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.sel('§ 104')],
    cost: 'Gratis',
    channels: [b.dropIn('Mødestedet, Ballerup – hverdage kl. 10–15')],
    openingHours: customHours(
      [
        ['MON', '10:00', '15:00'],
        ['TUE', '10:00', '15:00'],
        ['WED', '10:00', '15:00'],
        ['THU', '10:00', '15:00'],
        ['FRI', '10:00', '13:00'],
      ],
      h(),
    ),
  });

  return b.build({
    name: 'Ballerup Kommune',
    sector: 'MUNICIPAL',
    municipalityCode: '0151',
    description:
      'Ballerup Kommune arbejder med Samarbejdsmodellen for elever i 7.–9. klasse med højt fravær: én koordineret plan og opfølgning hver 6.–12. uge.',
  });
}
