// Furesø's own models on top of the common Livsmod catalogue: KIL (school inclusion with ten
// pedagogical counsellors), Ungeafdelingen for 10–30-year-olds under Jobcenter Furesø (with the
// udskrivningsmentor given together with OPUS) and Konsultativt Forum (about every 14 days).

import { LEGAL } from './demo-builder.js';
import type { OrgBuilder } from './demo-builder.js';
import { customHours, officeHours } from './demo-hours.js';
import type { LivsmodUnits } from './demo-livsmod-offers.js';

export function extendFuresoe(b: OrgBuilder, u: LivsmodUnits): void {
  const kil = b.unit('kil', 'KIL – skoleinklusion', 'TEAM', {
    parentKey: u.boern,
    description: 'Ti pædagogiske konsulenter, der støtter skolerne i Farum og Værløse i at inkludere elever i mistrivsel.',
  });
  const unge = b.unit('ungeafdelingen', 'Ungeafdelingen', 'AFDELING', {
    parentKey: u.job,
    description: 'Samlet afdeling for unge 10–30 år under Jobcenter Furesø: forebyggelse, uddannelsesvejledning, ydelse og mentorer.',
  });

  b.fn({
    id: 'kil-indgang',
    unitKey: kil,
    name: 'KIL – indgang for skoler og forældre',
    roleTitle: 'Pædagogisk konsulentteam',
    helpText:
      'Skoler og forældre kan ringe, når en elev er ved at miste fodfæstet i klassen. En pædagogisk konsulent kommer ud på skolen inden for to uger.',
    situations: ['school-absence', 'discharge-child-youth-psychiatry'],
    openingHours: officeHours('standard', 2),
  });
  for (let i = 0; i < 2; i += 1) {
    b.person({
      unitKey: kil,
      roleTitle: 'Pædagogisk konsulent, KIL',
      helpText: b.kit.pick([
        'Arbejder på skolerne i Farum med elever, der vender tilbage efter indlæggelse eller længere fravær.',
        'Pædagogisk konsulent med fokus på elever med autisme og angst i almenklasser i Værløse.',
      ]),
      situations: ['school-absence', 'discharge-child-youth-psychiatry'],
    });
  }
  b.fn({
    id: 'ungeafdelingen-psykiatri',
    unitKey: unge,
    name: 'Ungeafdelingen – indgang for psykiatri og OPUS',
    roleTitle: 'Indgang for udskrivning',
    helpText:
      'Ring, når en ung fra Furesø under 30 år skal udskrives. Vi sender en udskrivningsmentor, der møder den unge sammen med OPUS eller afdelingen, før udskrivningen.',
    situations: ['discharge', 'discharge-adult-psychiatry', 'discharge-child-youth-psychiatry', 'transition-18'],
    openingHours: officeHours('long', 1),
  });
  b.person({
    unitKey: unge,
    roleTitle: 'Udskrivningsmentor, Ungeafdelingen',
    helpText: 'Mentor for unge, der udskrives fra psykiatrien; samarbejder tæt med OPUS Nordsjælland.',
    situations: ['discharge-adult-psychiatry', 'youth-without-education'],
    sms: true,
  });
  b.person({
    unitKey: unge,
    roleTitle: 'Udskrivningsmentor, Ungeafdelingen',
    helpText: 'Mentor for unge 16–25 år med angst, depression eller spiseforstyrrelse efter indlæggelse.',
    situations: ['discharge-adult-psychiatry', 'discharge-child-youth-psychiatry', 'transition-18'],
    sms: true,
  });
  b.person({
    unitKey: u.boern,
    roleTitle: 'Koordinator, Konsultativt Forum',
    helpText: 'Sætter sager på dagsordenen til Konsultativt Forum og sender referat til skole og forældre.',
    situations: ['school-absence', 'psychiatric-assessment'],
  });

  b.offer({
    id: 'kil-inklusion',
    unitKey: kil,
    name: 'KIL – inklusionsstøtte i skolen',
    description:
      'Ti pædagogiske konsulenter arbejder ude på skolerne med elever, der er i risiko for at blive ekskluderet fra fællesskabet, fx på grund af angst, ADHD eller efter et forløb i børne- og ungdomspsykiatrien. Konsulenten vejleder lærere og pædagoger og deltager i møder med familien.',
    helpText: 'Vi hjælper skolen med at lave de ændringer i hverdagen, der gør, at eleven kan blive i sin klasse.',
    ageMin: 6,
    ageMax: 16,
    situations: ['school-absence', 'discharge-child-youth-psychiatry'],
    problemTags: ['school', 'adhd', 'autism', 'anxiety'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skolelederen, efter samtale med forældrene',
    legalBasis: [LEGAL.fsl('§ 3, stk. 2')],
    capacity: '10 konsulenter fordelt på kommunens skoler',
    waitingTime: 'Ca. 2 uger',
    cost: 'Gratis',
    channels: [b.phone('KIL'), b.email('kil')],
    openingHours: officeHours('standard', 2),
  });
  b.offer({
    id: 'ungeafdelingen',
    unitKey: unge,
    name: 'Ungeafdelingen – én samlet indsats for unge 10–30 år',
    description:
      'Ungeafdelingen under Jobcenter Furesø samler forebyggelse, uddannelsesvejledning, ydelser og mentorstøtte for unge 10–30 år, så den unge møder én afdeling og én plan – også i overgangen til voksenlivet ved 18 år.',
    helpText: 'Vi er den unges indgang til kommunen, uanset om det handler om skole, job, penge eller trivsel.',
    ageMin: 10,
    ageMax: 30,
    primaryAgeMin: 15,
    primaryAgeMax: 25,
    situations: ['youth-without-education', 'transition-18', 'school-absence'],
    problemTags: ['school', 'employment', 'mental-health'],
    accessRoute: 'SELF_REFERRAL',
    legalBasis: [LEGAL.kui('§ 2'), LEGAL.lab('§ 167')],
    holdsAuthority: true,
    cost: 'Gratis',
    channels: [b.phone('Ungeafdelingen'), b.sms('SMS til Ungeafdelingen'), b.web('ungeafdelingen')],
    openingHours: officeHours('late-thursday', 1),
  });
  b.offer({
    id: 'udskrivningsmentor-opus',
    unitKey: unge,
    name: 'Udskrivningsmentor i samarbejde med OPUS',
    description:
      'Unge, der udskrives fra psykiatrisk indlæggelse, får en mentor fra Ungeafdelingen, som møder dem allerede under indlæggelsen og arbejder sammen med OPUS om den første tid derhjemme. Retten til mentor gælder fra op til 3 måneder før udskrivningen og mindst 6 måneder i alt.',
    helpText: 'Kontakt os, så snart en udskrivningsdato er i sigte – mentoren kan deltage i udskrivningsmødet.',
    ageMin: 18,
    ageMax: 30,
    primaryAgeMin: 18,
    primaryAgeMax: 25,
    situations: ['discharge', 'discharge-adult-psychiatry', 'transition-18'],
    problemTags: ['psychosis', 'mental-health', 'employment', 'school'],
    dualDiagnosisAccepted: true,
    accessRoute: 'REFERRAL',
    referredBy: 'OPUS, psykiatrisk afdeling eller sagsbehandler',
    legalBasis: [LEGAL.lab('§ 167, stk. 2')],
    holdsAuthority: true,
    capacity: 'Ca. 15 forløb ad gangen',
    cost: 'Gratis',
    channels: [b.phone('Mentorkoordinator'), b.staffPhone('Direkte for OPUS og afdelinger'), b.email('udskrivningsmentor')],
    openingHours: officeHours('long', 1),
  });
  b.offer({
    id: 'konsultativt-forum',
    unitKey: u.boern,
    name: 'Konsultativt Forum',
    description:
      'Tværfagligt forum med PPR, sundhedspleje, familierådgivning og skole, der mødes ca. hver 14. dag. Skoler og dagtilbud kan – med forældrenes samtykke – få sparring på et barn i mistrivsel, og forældrene deltager i mødet.',
    helpText: 'Ét møde med alle relevante fagpersoner, så familien ikke skal fortælle sin historie mange gange.',
    ageMin: 0,
    ageMax: 17,
    situations: ['school-absence', 'psychiatric-assessment'],
    problemTags: ['mental-health', 'school', 'anxiety', 'adhd'],
    accessRoute: 'REFERRAL',
    referredBy: 'Skole, dagtilbud eller sundhedsplejerske – med forældrenes samtykke',
    legalBasis: [LEGAL.bl('§ 30'), LEGAL.fsl('§ 3, stk. 2')],
    waitingTime: 'Næste ledige møde, typisk inden for 14 dage',
    cost: 'Gratis',
    channels: [b.phone('Sekretær for Konsultativt Forum'), b.email('konsultativt-forum')],
    openingHours: customHours([['TUE', '08:30', '11:30']], 1, 'Forum holdes hver anden tirsdag formiddag'),
  });
}
