// Volunteer organisations (CIVIL_SOCIETY). National organisations carry no municipality; a few
// local branches carry the municipality they work in. All numbers are invented – none of the
// organisations' real helpline numbers is used.

import { LEGAL, OrgBuilder } from './demo-builder.js';
import type { OfferSpec } from './demo-builder.js';
import type { DemoOrganisation } from './demo-dataset.types.js';
import { customHours, everyDay, officeHours } from './demo-hours.js';
import type { DemoKit } from './demo-kit.js';
import { TOWNS } from './demo-places.js';

type VolunteerOffer = Omit<OfferSpec, 'legalBasis' | 'accessRoute'> & Partial<Pick<OfferSpec, 'legalBasis' | 'accessRoute'>>;

function volunteerOffer(b: OrgBuilder, spec: VolunteerOffer): void {
  b.offer({
    accessRoute: 'ANONYMOUS',
    legalBasis: [LEGAL.none()],
    cost: 'Gratis',
    ...spec,
  });
}

function org(kit: DemoKit, key: string, slug: string): OrgBuilder {
  return new OrgBuilder(kit, key, slug, ['Frivilligkoordinator', 'Sekretariatet', 'Samarbejdskonsulent']);
}

function buildLms(kit: DemoKit): DemoOrganisation[] {
  const b = org(kit, 'frivillig-lms', 'lms');
  const raad = b.unit('raadgivning', 'Rådgivningen', 'TEAM');
  b.fn({
    id: 'raadgivning',
    unitKey: raad,
    name: 'LMS’ rådgivning om spiseforstyrrelser og selvskade',
    helpText: 'Anonym rådgivning på telefon, chat og mail for mennesker med spiseforstyrrelser eller selvskade og deres pårørende.',
    situations: ['self-harm', 'discharge-adult-psychiatry'],
    staffLine: false,
    extraChannels: [b.chat('chat')],
    openingHours: customHours(
      [
        ['MON', '16:00', '21:00'],
        ['TUE', '16:00', '21:00'],
        ['WED', '16:00', '21:00'],
        ['THU', '16:00', '21:00'],
        ['SUN', '16:00', '21:00'],
      ],
      4,
      'Bemandet af uddannede frivillige',
    ),
  });
  b.person({
    roleTitle: 'Samarbejdskonsulent for kommuner og regioner',
    helpText: 'Kontakt for fagpersoner, der vil samarbejde med LMS’ frivillige eller have LMS til at holde en temadag.',
    situations: ['self-harm', 'discharge-adult-psychiatry'],
  });
  volunteerOffer(b, {
    id: 'raadgivning',
    unitKey: raad,
    name: 'Anonym rådgivning om spiseforstyrrelser og selvskade',
    description:
      'Anonym og gratis rådgivning på telefon, chat og mail til mennesker med spiseforstyrrelser eller selvskade og til deres pårørende.',
    helpText: 'Du kan være helt anonym. Vi lytter, giver viden og hjælper med at finde vej til behandling.',
    ageMin: 12,
    situations: ['self-harm'],
    problemTags: ['eating-disorder', 'self-injury'],
    languages: ['da'],
    channels: [b.phone('Rådgivningen'), b.chat('chat'), b.email('raadgivning')],
  });
  volunteerOffer(b, {
    id: 'samtalegrupper',
    unitKey: raad,
    name: 'Samtalegrupper for unge med spiseforstyrrelser',
    description: 'Frivilligt ledede samtalegrupper, hvor unge mødes med andre i samme situation – fysisk i flere byer og online.',
    ageMin: 15,
    ageMax: 30,
    situations: ['discharge-child-youth-psychiatry', 'discharge-adult-psychiatry'],
    problemTags: ['eating-disorder', 'loneliness'],
    accessRoute: 'SELF_REFERRAL',
    channels: [b.web('samtalegrupper', 'Tilmelding')],
  });
  volunteerOffer(b, {
    id: 'paaroerende',
    name: 'Pårørendegrupper og -rådgivning',
    description:
      'Grupper og individuel rådgivning for forældre, partnere og søskende til mennesker med spiseforstyrrelser eller selvskade.',
    situations: ['self-harm'],
    problemTags: ['eating-disorder', 'self-injury'],
    accessRoute: 'SELF_REFERRAL',
    channels: [b.email('paaroerende')],
  });
  const national = b.build({
    name: 'LMS – Landsforeningen mod spiseforstyrrelser og selvskade',
    sector: 'CIVIL_SOCIETY',
    location: TOWNS.aarhus,
    description: 'Landsdækkende frivillig organisation for mennesker med spiseforstyrrelser og selvskade og deres pårørende.',
  });

  const s = org(kit, 'frivillig-lms-soenderborg', 'lms-soenderborg');
  s.fn({
    id: 'kontakt',
    name: 'LMS Sønderborg – frivilligkoordinator',
    helpText: 'Lokal kontakt for Team for Spiseforstyrrelser og andre fagpersoner i Sønderborg.',
    situations: ['discharge-adult-psychiatry'],
    publicPhone: false,
    openingHours: customHours([['TUE', '17:00', '20:00']], 0),
  });
  s.person({
    roleTitle: 'Frivilligkoordinator, LMS Sønderborg',
    helpText: 'Koordinerer de lokale frivillige og samarbejdet med kommunens Team for Spiseforstyrrelser.',
    situations: ['discharge-adult-psychiatry'],
  });
  volunteerOffer(s, {
    id: 'samtalegruppe',
    name: 'Samtalegruppe i Sønderborg (i samarbejde med Team for Spiseforstyrrelser)',
    description:
      'Ugentlig samtalegruppe for unge og voksne med spiseforstyrrelser, ledet af frivillige fra LMS i lokaler stillet til rådighed af kommunen.',
    ageMin: 16,
    situations: ['discharge-adult-psychiatry'],
    problemTags: ['eating-disorder'],
    accessRoute: 'SELF_REFERRAL',
    channels: [s.email('samtalegruppe'), s.dropIn('Sønderborg – tirsdage kl. 18–20')],
  });
  const branch = s.build({
    name: 'LMS Sønderborg',
    sector: 'CIVIL_SOCIETY',
    municipalityCode: '0540',
    parentKey: national.key,
    description: 'Lokal afdeling af LMS med frivillige samtalegrupper og pårørendestøtte i Sønderborg.',
  });
  return [national, branch];
}

function buildHeadspace(kit: DemoKit): DemoOrganisation[] {
  const b = org(kit, 'frivillig-headspace', 'headspace');
  b.fn({
    id: 'sekretariat',
    name: 'Headspace – landssekretariat',
    helpText: 'Information om Headspace-centrene og samarbejde med kommuner.',
    situations: ['school-absence'],
    staffLine: false,
    openingHours: officeHours('standard', 0),
  });
  b.person({
    roleTitle: 'Udviklingskonsulent, kommunesamarbejde',
    helpText: 'Kontakt for kommuner, der vil samarbejde med et lokalt Headspace-center.',
    situations: ['school-absence', 'youth-without-education'],
  });
  volunteerOffer(b, {
    id: 'online-samtale',
    name: 'Anonym samtale for unge på chat og telefon',
    description:
      'Gratis og anonym samtale med en frivillig rådgiver for unge 12–25 år, der har brug for at tale med nogen om det, der fylder.',
    ageMin: 12,
    ageMax: 25,
    situations: ['school-absence'],
    problemTags: ['mental-health', 'loneliness', 'anxiety'],
    languages: ['da', 'en'],
    channels: [b.chat('chat'), b.phone('Headspace')],
    openingHours: customHours(
      [
        ['MON', '12:00', '19:00'],
        ['TUE', '12:00', '19:00'],
        ['WED', '12:00', '19:00'],
        ['THU', '12:00', '19:00'],
      ],
      4,
    ),
  });
  const national = b.build({
    name: 'Headspace Danmark',
    sector: 'CIVIL_SOCIETY',
    location: TOWNS.koebenhavn,
    description: 'Frivillig organisation med gratis og anonyme samtaler for unge 12–25 år – lokalt i centre og online.',
  });

  const branches: DemoOrganisation[] = [];
  for (const [key, slug, city, code] of [
    ['frivillig-headspace-helsingoer', 'headspace-helsingoer', 'Helsingør', '0217'],
    ['frivillig-headspace-herning', 'headspace-herning', 'Herning', '0657'],
  ] as const) {
    const l = org(kit, key, slug);
    l.fn({
      id: 'dropin',
      name: `Headspace ${city} – drop-in og samtaler`,
      helpText: `Unge kan komme forbi uden aftale. Fagpersoner i ${city} kan kontakte centret for at aftale en varm overlevering.`,
      situations: ['school-absence', 'self-harm'],
      openingHours: customHours(
        [
          ['MON', '13:00', '18:00'],
          ['TUE', '13:00', '18:00'],
          ['WED', '13:00', '18:00'],
          ['THU', '13:00', '18:00'],
        ],
        1,
      ),
    });
    l.person({
      roleTitle: `Centerleder, Headspace ${city}`,
      helpText: 'Ansat leder af centret og kontakt for kommunens fagpersoner.',
      situations: ['school-absence', 'self-harm'],
    });
    volunteerOffer(l, {
      id: 'samtale',
      name: `Gratis og anonym samtale – Headspace ${city}`,
      description: `Unge 12–25 år kan få en anonym samtale med en frivillig rådgiver i centret i ${city} – med eller uden aftale.`,
      ageMin: 12,
      ageMax: 25,
      situations: ['school-absence', 'self-harm'],
      problemTags: ['mental-health', 'loneliness', 'anxiety', 'depression'],
      channels: [l.dropIn(`Headspace ${city} – mandag til torsdag kl. 13–18`), l.phone()],
    });
    if (code === '0217') {
      volunteerOffer(l, {
        id: 'skoler',
        name: 'Samtaler på ungdomsuddannelserne i Helsingør',
        description:
          'Frivillige rådgivere holder ugentlig samtaletid på gymnasiet og erhvervsskolen i samarbejde med skolernes studievejledere.',
        ageMin: 15,
        ageMax: 25,
        situations: ['school-absence', 'youth-without-education'],
        problemTags: ['mental-health', 'school'],
        accessRoute: 'SELF_REFERRAL',
        channels: [l.email('skoler')],
      });
    }
    branches.push(
      l.build({
        name: `Headspace ${city}`,
        sector: 'CIVIL_SOCIETY',
        municipalityCode: code,
        parentKey: national.key,
        description: `Lokalt Headspace-center i ${city} med gratis og anonyme samtaler for unge.`,
      }),
    );
  }
  return [national, ...branches];
}

function buildSimpleNational(
  kit: DemoKit,
  key: string,
  slug: string,
  meta: { name: string; description: string },
  line: { name: string; helpText: string; situations: string[]; staffLine?: boolean },
  person: { roleTitle: string; helpText: string; situations: string[] },
  offers: (b: OrgBuilder) => VolunteerOffer[],
): DemoOrganisation {
  const b = org(kit, key, slug);
  b.fn({
    id: 'raadgivning',
    name: line.name,
    helpText: line.helpText,
    situations: line.situations,
    staffLine: line.staffLine ?? false,
    openingHours: customHours(
      [
        ['MON', '10:00', '20:00'],
        ['TUE', '10:00', '20:00'],
        ['WED', '10:00', '20:00'],
        ['THU', '10:00', '20:00'],
        ['FRI', '10:00', '15:00'],
      ],
      kit.int(0, 4),
    ),
  });
  b.person(person);
  for (const spec of offers(b)) {
    volunteerOffer(b, spec);
  }
  return b.build({ ...meta, sector: 'CIVIL_SOCIETY', location: TOWNS.koebenhavn });
}

export function buildVolunteers(kit: DemoKit): DemoOrganisation[] {
  return [
    ...buildLms(kit),
    ...buildHeadspace(kit),
    buildSimpleNational(
      kit,
      'frivillig-boern-unge-sorg',
      'boern-unge-sorg',
      {
        name: 'Børn, Unge & Sorg',
        description: 'Landsdækkende organisation for børn og unge, der har mistet eller har en alvorligt syg forælder eller søskende.',
      },
      {
        name: 'Børn, Unge & Sorg – rådgivning',
        helpText: 'Anonym rådgivning for børn og unge i sorg og for forældre og fagpersoner omkring dem.',
        situations: ['suicidal-behaviour'],
        staffLine: true,
      },
      {
        roleTitle: 'Psykolog, rådgivning for fagpersoner',
        helpText: 'Sparring til skoler og kommuner om børn og unge i sorg, også efter selvmord i familien.',
        situations: ['suicidal-behaviour'],
      },
      (b) => [
        {
          id: 'raadgivning',
          name: 'Anonym rådgivning for børn og unge i sorg',
          description:
            'Telefon- og chatrådgivning for børn og unge, der har mistet en forælder eller søskende, eller hvor en i familien er alvorligt syg.',
          ageMin: 6,
          ageMax: 30,
          situations: ['suicidal-behaviour'],
          problemTags: ['grief', 'loneliness'],
          channels: [b.phone('Rådgivningen'), b.chat('chat')],
        },
        {
          id: 'sorggrupper',
          name: 'Sorggrupper for unge',
          description: 'Forløb for unge, der har mistet, ledet af psykologer og frivillige – også for unge efterladte efter selvmord.',
          ageMin: 13,
          ageMax: 30,
          situations: ['suicidal-behaviour'],
          problemTags: ['grief', 'depression'],
          accessRoute: 'SELF_REFERRAL',
          channels: [b.web('sorggrupper', 'Tilmelding')],
        },
        {
          id: 'fagpersoner',
          name: 'Sparring til fagpersoner om børn og unge i sorg',
          description: 'Telefonisk sparring til lærere, pædagoger og sagsbehandlere, der skal støtte et barn eller en ung i sorg.',
          situations: ['suicidal-behaviour', 'school-absence'],
          problemTags: ['grief'],
          accessRoute: 'SELF_REFERRAL',
          notFor: 'Børn og unge selv – de henvises til den anonyme rådgivning.',
          channels: [b.staffPhone('Fagpersonslinjen')],
        },
      ],
    ),
    buildSimpleNational(
      kit,
      'frivillig-bryd-tavsheden',
      'bryd-tavsheden',
      { name: 'Bryd Tavsheden', description: 'Frivillig organisation, der rådgiver om vold og seksuelle overgreb i familien.' },
      {
        name: 'Bryd Tavsheden – rådgivning',
        helpText: 'Anonym rådgivning for unge og voksne, der oplever eller har oplevet vold eller overgreb i familien – og for pårørende.',
        situations: ['suicidal-behaviour', 'self-harm'],
      },
      {
        roleTitle: 'Frivilligkoordinator, gruppeforløb',
        helpText:
          'Kontakt for fagpersoner, der vil henvise en borger til en samtalegruppe eller invitere Bryd Tavsheden til en temadag om vold i familien.',
        situations: ['self-harm'],
      },
      (b) => [
        {
          id: 'raadgivning',
          name: 'Anonym rådgivning om vold og overgreb i familien',
          description:
            'Telefon-, chat- og mailrådgivning for unge og voksne, der lever med eller har levet med vold eller seksuelle overgreb i familien.',
          ageMin: 13,
          situations: ['self-harm'],
          problemTags: ['family-violence', 'self-injury'],
          channels: [b.phone('Rådgivningen'), b.chat('chat'), b.email('raadgivning')],
        },
        {
          id: 'grupper',
          name: 'Samtalegrupper for voksne med overgreb i barndommen',
          description: 'Lukkede grupper på 10 gange med en frivillig gruppeleder.',
          ageMin: 18,
          situations: [],
          problemTags: ['family-violence', 'depression'],
          accessRoute: 'SELF_REFERRAL',
          capacity: '8 deltagere pr. gruppe',
          channels: [b.email('grupper')],
        },
      ],
    ),
    buildSimpleNational(
      kit,
      'frivillig-angstforeningen',
      'angstforeningen',
      { name: 'Angstforeningen', description: 'Landsdækkende patientforening for mennesker med angst og deres pårørende.' },
      {
        name: 'Angstlinjen',
        helpText: 'Anonym telefonrådgivning om angst for borgere, pårørende og fagpersoner.',
        situations: ['school-absence'],
      },
      {
        roleTitle: 'Koordinator for selvhjælpsgrupper',
        helpText: 'Kontakt for fagpersoner, der vil henvise til en lokal selvhjælpsgruppe.',
        situations: ['school-absence', 'discharge-adult-psychiatry'],
      },
      (b) => [
        {
          id: 'angstlinjen',
          name: 'Telefonrådgivning om angst',
          description: 'Anonym rådgivning ved frivillige med egen erfaring med angst eller med faglig baggrund.',
          ageMin: 15,
          situations: ['school-absence'],
          problemTags: ['anxiety'],
          channels: [b.phone('Angstlinjen')],
        },
        {
          id: 'selvhjaelp',
          name: 'Selvhjælpsgrupper for unge med angst',
          description: 'Lokale selvhjælpsgrupper for unge 16–30 år, faciliteret af frivillige.',
          ageMin: 16,
          ageMax: 30,
          situations: ['discharge-adult-psychiatry'],
          problemTags: ['anxiety', 'loneliness'],
          accessRoute: 'SELF_REFERRAL',
          channels: [b.web('selvhjaelp', 'Find en gruppe')],
        },
      ],
    ),
    buildSimpleNational(
      kit,
      'frivillig-depressionsforeningen',
      'depressionsforeningen',
      {
        name: 'Depressionsforeningen',
        description: 'Landsdækkende forening for mennesker med depression og bipolar lidelse og deres pårørende.',
      },
      {
        name: 'Depressionslinjen',
        helpText: 'Anonym rådgivning om depression og bipolar lidelse.',
        situations: ['discharge-adult-psychiatry'],
      },
      {
        roleTitle: 'Koordinator for selvhjælpsgrupper',
        helpText: 'Hjælper fagpersoner med at finde en lokal selvhjælpsgruppe til en borger, der er udskrevet efter en depression.',
        situations: ['discharge-adult-psychiatry'],
      },
      (b) => [
        {
          id: 'depressionslinjen',
          name: 'Rådgivning om depression og bipolar lidelse',
          description: 'Anonym telefon- og chatrådgivning for mennesker med depression og deres pårørende.',
          ageMin: 15,
          situations: ['discharge-adult-psychiatry'],
          problemTags: ['depression'],
          channels: [b.phone('Depressionslinjen'), b.chat('chat')],
        },
        {
          id: 'grupper',
          name: 'Selvhjælpsgrupper om depression',
          description: 'Lokale grupper, hvor deltagerne deler erfaringer med at leve med depression.',
          ageMin: 18,
          situations: ['discharge-adult-psychiatry'],
          problemTags: ['depression', 'loneliness'],
          accessRoute: 'SELF_REFERRAL',
          channels: [b.web('grupper', 'Find en gruppe')],
        },
      ],
    ),
    buildSimpleNational(
      kit,
      'frivillig-autismeforeningen',
      'autismeforeningen',
      {
        name: 'Autismeforeningen',
        description: 'Landsdækkende forening for mennesker med autisme og deres familier, med lokalafdelinger i hele landet.',
      },
      {
        name: 'Autismeforeningens rådgivning',
        helpText: 'Rådgivning for forældre, voksne med autisme og fagpersoner – fx om skolevægring og overgangen til voksenlivet.',
        situations: ['school-absence', 'transition-18'],
        staffLine: true,
      },
      {
        roleTitle: 'Socialrådgiver, Autismeforeningens rådgivning',
        helpText: 'Rådgiver om rettigheder i skole, STU og overgangen til voksenlivet ved 18 år.',
        situations: ['transition-18', 'school-absence'],
      },
      (b) => [
        {
          id: 'raadgivning',
          name: 'Rådgivning for familier og voksne med autisme',
          description:
            'Telefonrådgivning om hverdag, skole, sagsbehandling og overgangen til voksenlivet for familier og voksne med autisme.',
          situations: ['school-absence', 'transition-18'],
          problemTags: ['autism', 'school'],
          accessRoute: 'SELF_REFERRAL',
          channels: [b.phone('Rådgivningen'), b.email('raadgivning')],
        },
        {
          id: 'netvaerk',
          name: 'Netværksgrupper for unge med autisme',
          description: 'Lokale netværksgrupper med fællesskab og aktiviteter for unge 15–30 år med autisme.',
          ageMin: 15,
          ageMax: 30,
          situations: ['transition-18'],
          problemTags: ['autism', 'loneliness'],
          accessRoute: 'SELF_REFERRAL',
          channels: [b.web('netvaerk', 'Find en gruppe')],
        },
      ],
    ),
    buildSimpleNational(
      kit,
      'frivillig-en-af-os',
      'en-af-os',
      {
        name: 'EN AF OS',
        description: 'Landsdækkende indsats mod stigmatisering af mennesker med psykiske lidelser, båret af frivillige ambassadører.',
      },
      {
        name: 'EN AF OS – booking af ambassadører',
        helpText: 'Book en ambassadør med egen erfaring med psykisk sygdom til en skole, arbejdsplads eller temadag.',
        situations: ['school-absence'],
      },
      {
        roleTitle: 'Ambassadørkoordinator',
        helpText:
          'Matcher skoler, arbejdspladser og netværk som Livsmod med en ambassadør, der kan fortælle om at leve med psykisk sygdom.',
        situations: ['school-absence'],
      },
      (b) => [
        {
          id: 'ambassadoerer',
          name: 'Ambassadørfortællinger på skoler og arbejdspladser',
          description:
            'Frivillige ambassadører fortæller om at leve med psykisk sygdom og bryder tabuer i klasser, på arbejdspladser og på temadage.',
          situations: [],
          problemTags: ['mental-health', 'loneliness'],
          accessRoute: 'SELF_REFERRAL',
          notFor: 'Borgere i krise – EN AF OS er ikke en rådgivning.',
          channels: [b.web('booking', 'Book en ambassadør')],
        },
      ],
    ),
    buildLivslinien(kit),
  ];
}

function buildLivslinien(kit: DemoKit): DemoOrganisation {
  const b = org(kit, 'frivillig-livslinien', 'livslinien');
  const hours = (): ReturnType<typeof everyDay> => everyDay('11:00', '23:30', 'Åben alle dage – også på helligdage');
  b.fn({
    id: 'telefon',
    name: 'Livslinien – anonym telefon og chat',
    helpText: 'Anonym samtale med en frivillig rådgiver for mennesker med selvmordstanker og for pårørende og efterladte.',
    situations: ['suicidal-behaviour', 'self-harm'],
    staffLine: false,
    email: false,
    extraChannels: [b.chat('chat')],
    openingHours: hours(),
  });
  b.person({
    roleTitle: 'Samarbejdsansvarlig, Livslinien',
    helpText: 'Kontakt for kommuner og regioner om samarbejde og oplæg på temadage.',
    situations: ['suicidal-behaviour'],
  });
  volunteerOffer(b, {
    id: 'telefon-chat',
    name: 'Anonym rådgivning ved selvmordstanker – telefon og chat',
    description:
      'Frivillige rådgivere taler med mennesker, der har selvmordstanker, eller som er bekymrede for en anden. Samtalen er anonym, og der føres ikke journal.',
    helpText: 'Du kan ringe eller chatte helt anonymt – også hvis du er bekymret for en anden.',
    ageMin: 13,
    situations: ['suicidal-behaviour', 'self-harm'],
    problemTags: ['suicidal-thoughts', 'self-injury', 'depression', 'loneliness'],
    channels: [b.phone('Livslinien'), b.chat('chat')],
    openingHours: hours(),
  });
  volunteerOffer(b, {
    id: 'brevkasse',
    name: 'Skriftlig rådgivning (brevkasse)',
    description: 'Anonym skriftlig rådgivning; svar inden for få dage.',
    situations: ['suicidal-behaviour'],
    problemTags: ['suicidal-thoughts'],
    channels: [b.web('brevkasse', 'Skriv til brevkassen')],
  });
  volunteerOffer(b, {
    id: 'efterladte',
    name: 'Rådgivning for efterladte efter selvmord',
    description: 'Samtaler for pårørende og efterladte, der har mistet en nærtstående ved selvmord.',
    situations: ['suicidal-behaviour'],
    problemTags: ['grief', 'suicidal-thoughts'],
    channels: [b.phone('Efterladtelinjen')],
    openingHours: hours(),
  });
  return b.build({
    name: 'Livslinien',
    sector: 'CIVIL_SOCIETY',
    location: TOWNS.koebenhavn,
    description: 'Landsdækkende anonym rådgivning for mennesker med selvmordstanker og deres pårørende, båret af frivillige.',
  });
}
