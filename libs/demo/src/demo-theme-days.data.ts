// A year of invented Livsmod theme days. Topics are the network's own (DOMAIN.md); speakers are
// described by role only, never by name. Venues are ordinary public places in the network's towns.

export const DEMO_LIVSMOD_CODES = ['0201', '0210', '0250', '0190', '0270', '0260', '0217', '0219', '0223', '0230'];

export interface DemoThemeDay {
  title: string;
  topic: string;
  description: string;
  /** Name of the hosting volunteer organisation or regional unit, if not the network itself. */
  host?: string;
  kind?: 'THEME_DAY' | 'JOINT_CASE_DISCUSSION';
  situations: string[];
  programme: { startsAt: string; endsAt?: string; title: string; speaker?: string }[];
  venue: string;
  onlineUrl?: string;
  from?: string;
  to?: string;
  capacity: number;
  audience: string[];
  visibility?: 'PUBLIC' | 'MEMBERS';
}

const standardDay = (talks: [string, string][]): DemoThemeDay['programme'] => [
  { startsAt: '09:00', endsAt: '09:30', title: 'Morgenmad og velkomst', speaker: 'Netværkets koordinator' },
  { startsAt: '09:30', endsAt: '11:00', title: talks[0][0], speaker: talks[0][1] },
  { startsAt: '11:15', endsAt: '12:30', title: talks[1][0], speaker: talks[1][1] },
  { startsAt: '12:30', endsAt: '13:15', title: 'Frokost' },
  { startsAt: '13:15', endsAt: '14:45', title: 'Cases i grupper på tværs af kommuner og region' },
  { startsAt: '14:45', endsAt: '15:30', title: 'Opsamling: hvem gør hvad hos os?' },
];

export const DEMO_THEME_DAYS: DemoThemeDay[] = [
  {
    title: 'Selvmordsforebyggelse efter udskrivning',
    topic: 'De første uger efter et selvmordsforsøg: opfølgning, overlevering og samarbejde mellem psykiatri og kommune.',
    description: 'Temadag for fagpersoner i kommuner og region om den sårbare periode efter udskrivning. (Demodata.)',
    host: 'Kompetencecenter for Selvmordsforebyggelse',
    situations: ['suicidal-behaviour', 'discharge'],
    programme: standardDay([
      ['Hvad ved vi om risikoen efter udskrivning?', 'Overlæge, Kompetencecenter for Selvmordsforebyggelse'],
      ['Sådan laver vi en god overlevering', 'Udskrivningskoordinator og kommunal sagsbehandler'],
    ]),
    venue: 'Hillerød Rådhus, Byrådssalen, Trollesbro Allé 2, 3400 Hillerød',
    capacity: 80,
    audience: ['Psykologer', 'Socialrådgivere', 'Sygeplejersker'],
    visibility: 'PUBLIC',
  },
  {
    title: 'Spiseforstyrrelser og selvskade hos unge',
    topic: 'At opdage, tale om og hjælpe videre – med LMS’ frivillige og kommunens fagpersoner.',
    description: 'LMS er vært for en dag om spiseforstyrrelser og selvskade, med oplæg fra frivillige og fagfolk. (Demodata.)',
    host: 'LMS – Landsforeningen mod spiseforstyrrelser og selvskade',
    situations: ['self-harm'],
    programme: standardDay([
      ['Når maden bliver et sprog', 'Frivillig rådgiver, LMS'],
      ['Selvskade: hvad virker i samtalen?', 'Psykolog, PPR'],
    ]),
    venue: 'Kulturhuset, Sal A, Stationsvej 2, 3000 Helsingør',
    capacity: 60,
    audience: ['Fagpersoner', 'Frivillige'],
    visibility: 'PUBLIC',
  },
  {
    title: 'Børn og unge i sorg',
    topic: 'Når en forælder eller søskende dør: hvad har børn og unge brug for, og hvem gør hvad?',
    description: 'Børn, Unge & Sorg er vært for en dag om sorg hos børn og unge. (Demodata.)',
    host: 'Børn, Unge & Sorg',
    situations: ['school-absence'],
    programme: standardDay([
      ['Sorg er ikke en sygdom – men den kan blive kompliceret', 'Psykolog, Børn, Unge & Sorg'],
      ['Skolen som sikkert sted', 'Skolepsykolog'],
    ]),
    venue: 'Frederikssund Bibliotek, Mødesalen, Jernbanegade 8, 3600 Frederikssund',
    capacity: 50,
    audience: ['Lærere', 'Pædagoger', 'Psykologer'],
    visibility: 'PUBLIC',
  },
  {
    title: 'Angst hos unge – fra fravær til fællesskab',
    topic: 'Angst og skolefravær: tidlig indsats, samarbejde med forældre og frivillige tilbud.',
    description: 'Angstforeningen er vært for en dag om unge med angst. (Demodata.)',
    host: 'Angstforeningen',
    situations: ['school-absence', 'youth-without-education'],
    programme: standardDay([
      ['Angst i ungdomsårene', 'Frivillig, Angstforeningen'],
      ['Fraværsteamet: sådan arbejder vi', 'Konsulent, PPR'],
    ]),
    venue: 'Online',
    onlineUrl: 'https://moede.example.org/livsmod-angst',
    capacity: 150,
    audience: ['Fagpersoner', 'Frivillige', 'Forældre'],
    visibility: 'PUBLIC',
  },
  {
    title: 'Fælles casedrøftelse: frivillige og fagpersoner',
    topic: 'Anonymiserede cases drøftet i øjenhøjde mellem frivillige og fagpersoner.',
    description: 'En eftermiddag, hvor frivillige og fagpersoner drøfter cases ligeværdigt. Ingen personoplysninger. (Demodata.)',
    kind: 'JOINT_CASE_DISCUSSION',
    situations: ['transition-18'],
    programme: [
      { startsAt: '13:00', endsAt: '13:20', title: 'Velkomst og rammer for fortrolighed', speaker: 'Netværkets koordinator' },
      { startsAt: '13:20', endsAt: '15:30', title: 'Casedrøftelser i blandede grupper' },
      { startsAt: '15:30', endsAt: '16:00', title: 'Hvad tager vi med hjem?' },
    ],
    venue: 'Allerød Rådhus, Mødelokale 1, Bjarkesvej 2, 3450 Allerød',
    from: '13:00',
    to: '16:00',
    capacity: 30,
    audience: ['Frivillige', 'Fagpersoner'],
  },
  {
    title: 'Overgangen til voksenlivet ved 18 år',
    topic: 'Når børne- og ungdomspsykiatrien slipper: hvad sker der ved 18, og hvordan undgår vi huller?',
    description: 'Temadag om overgangen fra børne- og ungeområdet til voksenområdet. (Demodata.)',
    host: 'Børne- og Ungeafdelingen, Hillerød Hospital',
    situations: ['transition-18', 'discharge-child-youth-psychiatry'],
    programme: standardDay([
      ['Fra BUP til voksenpsykiatri', 'Overlæge, Børne- og Ungeafdelingen'],
      ['Ungeenheden: én indgang fra 15 til 25', 'Leder af en kommunal ungeenhed'],
    ]),
    venue: 'Fredensborg Rådhus, Byrådssalen, Egevangen 3B, 2980 Kokkedal',
    capacity: 70,
    audience: ['Socialrådgivere', 'Psykologer', 'UU-vejledere'],
  },
  {
    title: 'Depression hos unge voksne',
    topic: 'Tegn, samtale og behandling – og hvad kommunen kan tilbyde imens.',
    description: 'Temadag om depression hos unge voksne. (Demodata.)',
    situations: ['discharge-adult-psychiatry'],
    programme: standardDay([
      ['Depression i tal og i praksis', 'Psykiater, Psykiatrisk Center Glostrup'],
      ['Samtaletilbud i kommunen', 'Psykolog, kommunalt samtaletilbud'],
    ]),
    venue: 'Furesø Rådhus, Mødesal, Stiager 2, 3500 Værløse',
    capacity: 60,
    audience: ['Fagpersoner'],
  },
  {
    title: 'Autisme og psykisk sårbarhed',
    topic: 'Når autisme og angst eller depression følges ad: tilpasning af tilbud og samarbejde.',
    description: 'Temadag om autisme og psykisk sårbarhed. (Demodata.)',
    situations: ['psychiatric-assessment'],
    programme: standardDay([
      ['Autisme og mentalisering', 'Psykolog med speciale i autisme'],
      ['Når standardtilbuddet ikke passer', 'Socialfaglig konsulent'],
    ]),
    venue: 'Rudersdal Rådhus, Mødesalen, Øverødvej 2, 2840 Holte',
    capacity: 60,
    audience: ['Fagpersoner', 'Frivillige'],
  },
  {
    title: 'Vold i familien – at se og at handle',
    topic: 'Vold og overgreb i familien: tegn, underretning og de frivillige rådgivninger.',
    description: 'Temadag om vold i familien. (Demodata.)',
    situations: ['suicidal-behaviour'],
    programme: standardDay([
      ['Tavshed og tegn', 'Rådgiver fra en frivillig organisation'],
      ['Underretning og samarbejde', 'Familierådgiver'],
    ]),
    venue: 'Gribskov Rådhus, Byrådssalen, Rådhusvej 3, 3200 Helsinge',
    capacity: 60,
    audience: ['Fagpersoner'],
  },
  {
    title: 'Dobbeltdiagnose: psykisk sygdom og misbrug',
    topic: 'Samtidig behandling, udgående teams og kommunens misbrugsbehandling.',
    description: 'Temadag om dobbeltdiagnose. (Demodata.)',
    host: 'Tværfagligt udgående team Glostrup',
    situations: ['dual-diagnosis'],
    programme: standardDay([
      ['Det udgående team i praksis', 'Sygeplejerske, Tværfagligt udgående team'],
      ['Misbrugsbehandling for unge', 'Behandler, kommunal ungebehandling'],
    ]),
    venue: 'Halsnæs Rådhus, Mødesal 1, Rådhuspladsen 1, 3300 Frederiksværk',
    capacity: 60,
    audience: ['Fagpersoner'],
  },
  {
    title: 'Skolefravær og mistrivsel',
    topic: 'Bekymrende fravær: hvornår, hvordan og sammen med hvem.',
    description: 'Temadag om skolefravær. (Demodata.)',
    situations: ['school-absence'],
    programme: standardDay([
      ['Fravær som signal', 'Skolepsykolog, PPR'],
      ['Fra bekymring til handling', 'SSP-konsulent'],
    ]),
    venue: 'Hørsholm Rådhus, Byrådssalen, Ådalsparkvej 2, 2970 Hørsholm',
    capacity: 80,
    audience: ['Lærere', 'Pædagoger', 'PPR'],
  },
  {
    title: 'Årsmøde i Livsmod',
    topic: 'Året der gik, det kommende år og netværkets styregruppe.',
    description: 'Netværkets årlige møde for nøglepersoner og medlemmer. (Demodata.)',
    situations: [],
    programme: [
      { startsAt: '13:00', endsAt: '14:00', title: 'Året der gik', speaker: 'Styregruppen' },
      { startsAt: '14:15', endsAt: '15:30', title: 'Temaer for næste år', speaker: 'Netværkets koordinator' },
    ],
    venue: 'Helsingør Rådhus, Byrådssalen, Stengade 59, 3000 Helsingør',
    from: '13:00',
    to: '15:30',
    capacity: 120,
    audience: ['Nøglepersoner', 'Medlemmer'],
  },
];
