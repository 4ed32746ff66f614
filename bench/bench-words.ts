// Word lists for the benchmark dataset (bench-dataset.ts): invented Danish names and texts.

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
export type AccessRoute = 'ANONYMOUS' | 'SELF_REFERRAL' | 'REFERRAL' | 'VISITATION';

export const FIRST_NAMES = `Anne Mette Camilla Louise Maria Sofie Ida Line Julie Katrine Helle Tina Pernille Rikke Signe Stine
  Marianne Hanne Lene Charlotte Birgitte Trine Malene Nanna Cecilie Emma Freja Laura Maja Astrid Karen Susanne Dorthe
  Lise Sara Yasmin Aisha Fatima Nadia Lars Jens Peter Søren Morten Thomas Henrik Martin Anders Jesper Rasmus Mads
  Christian Kasper Jakob Mikkel Niels Michael Frederik Jonas Simon Emil Oliver Lucas Magnus Tobias Ole Bent Poul Jørgen
  Kim Brian Allan Ali Omar Ahmed Tariq Jan Claus Ulrik Troels Esben Bo`.split(/\s+/);
export const LAST_NAMES = `Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen
  Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen
  Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen
  Jeppesen Vestergaard Mogensen Nissen Lauridsen Kjær Jepsen Frandsen Søndergaard Dam Bach Kjeldsen Østergaard
  Nørgaard Lindholm Juhl Bruun Friis Ravn Skov Berg Winther Krogh Dahl Holst Hedegaard Yilmaz Hussein Khan`.split(/\s+/);

/** An offer's kind: its name, what it is for, and under which act. */
export interface OfferCore {
  name: string;
  problems: string[];
  situations: string[];
  /** Which kind of unit gives it (a key of ROLES). */
  unit: string;
  access: AccessRoute[];
  legal: { act: string; section: string | null } | null;
  activity: string;
}

// name | problem tags | situations | unit | access routes | legal basis | what it is
const CORE_TABLE = `
Angstbehandling | anxiety | | psyk | REFERRAL SELF_REFERRAL | | kognitiv adfærdsterapi i små grupper
Angstgruppe | anxiety | | psyk | SELF_REFERRAL | | et gruppeforløb med øvelser og psykoedukation
Sorggruppe | grief | | fam | SELF_REFERRAL ANONYMOUS | | en samtalegruppe, hvor man møder andre i samme situation
Rådgivning om spiseforstyrrelser | eating-disorder | | psyk | ANONYMOUS | | rådgivende samtaler og hjælp til at finde behandling
Spiseforstyrrelsesteam | eating-disorder | | psyk | REFERRAL | | ambulant behandling med familien inddraget
Bostøtte | mental-health housing | discharge-adult-psychiatry | social | VISITATION | Serviceloven § 85 | socialpædagogisk støtte i eget hjem
Støtte- og kontaktperson | mental-health loneliness | no-fixed-address | social | SELF_REFERRAL | Serviceloven § 99 | opsøgende støtte
Botilbud | mental-health housing | discharge-adult-psychiatry | social | VISITATION | Serviceloven § 107 | et midlertidigt botilbud med døgnstøtte
Mentorordning | employment school | youth-without-education | job | VISITATION | Lov om en aktiv beskæftigelsesindsats | en fast mentor
Familiebehandling | family-violence mental-health | | fam | VISITATION | Barnets Lov § 32 | samtaler med hele familien hjemme eller i centret
Rusmiddelbehandling | substance-misuse | dual-diagnosis | rus | SELF_REFERRAL ANONYMOUS | Serviceloven § 101 | behandling for misbrug af hash og alkohol
Selvmordsforebyggende samtaler | suicidal-thoughts | suicidal-behaviour | psyk | REFERRAL SELF_REFERRAL | | samtaler efter et selvmordsforsøg
Åben anonym rådgivning | mental-health | | fam | ANONYMOUS | | anonyme samtaler uden henvisning og uden journal
Psykologisk udredning | mental-health | psychiatric-assessment | ppr | REFERRAL | | en psykologisk udredning og en plan for det videre forløb
Skolefraværsteam | school | school-absence | ppr | REFERRAL | | en plan for at komme tilbage i skole, lavet sammen med skole og forældre
Overgangsforløb ved 18 år | mental-health | transition-18 | social | VISITATION | | en brobygning fra børne- til voksenområdet med én fast kontakt
Depressionsskole | depression | | sund | SELF_REFERRAL | | et kursus om depression, søvn, aktivitet og tilbagefald
ADHD-forløb | adhd | | ppr | REFERRAL SELF_REFERRAL | | psykoedukation og redskaber til hverdagen med ADHD
Autismenetværk | autism | | social | SELF_REFERRAL | | et netværk med fællesskab, aktiviteter og rådgivning om autisme
Netværksgruppe mod ensomhed | loneliness | | sund | SELF_REFERRAL ANONYMOUS | | faste mødedage med fællesspisning og aktiviteter
Krisehjælp efter vold | family-violence | | fam | SELF_REFERRAL ANONYMOUS | | akutte samtaler og hjælp til sikkerhedsplan og anmeldelse
Psykologhjælp til unge | mental-health anxiety depression | | sund | SELF_REFERRAL | Sundhedsloven § 119 | gratis samtaler med en psykolog
Udskrivningskoordinering | mental-health | discharge-adult-psychiatry | social | REFERRAL | | en koordineret plan for bolig, støtte og behandling
Opfølgning efter udskrivning fra BUP | mental-health | discharge-child-youth-psychiatry | fam | REFERRAL | | opfølgende samtaler i kommunen
Værested | loneliness mental-health | | social | ANONYMOUS SELF_REFERRAL | | et åbent værested med café, værksted og samtaler
Gadeplansarbejde | substance-misuse school | school-absence | ssp | ANONYMOUS | | opsøgende arbejde på gader, i klubber og ved uddannelsessteder
Uddannelsesvejledning | school employment | youth-without-education | uu | SELF_REFERRAL | | vejledning om uddannelse og job for unge under 25 år
Pårørendegruppe | mental-health | | sund | SELF_REFERRAL ANONYMOUS | | en gruppe for pårørende til mennesker med psykisk sygdom
Selvskadeforløb | self-injury | self-harm | psyk | REFERRAL SELF_REFERRAL | | samtaler om selvskade og alternative strategier
Psykoseteam | psychosis | psychiatric-assessment | psyk | REFERRAL | | intensiv behandling i to år efter første psykose
Dobbeltdiagnoseteam | substance-misuse mental-health | dual-diagnosis | rus | REFERRAL | | samtidig behandling af psykisk sygdom og misbrug
Jobrettet forløb | employment mental-health | youth-without-education | job | VISITATION | | virksomhedspraktik med støtte fra en jobkonsulent
`;

export const CORES: readonly OfferCore[] = CORE_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, problems, situations, unit, access, legal, activity] = line.split('|').map((cell) => cell.trim());
    const list = (cell: string) => cell.split(' ').filter(Boolean);
    const [act, section] = legal.split(/ (?=§)/);
    return {
      name,
      problems: list(problems),
      situations: list(situations),
      unit,
      access: list(access) as AccessRoute[],
      legal: legal ? { act, section: section ?? null } : null,
      activity,
    };
  });

export const GROUPS: readonly { text: string; ages: [number | null, number | null] }[] = [
  { text: 'for børn', ages: [6, 12] },
  { text: 'for unge', ages: [13, 17] },
  { text: 'for unge 15-25 år', ages: [15, 25] },
  { text: 'for unge voksne', ages: [18, 30] },
  { text: 'for voksne', ages: [18, null] },
  { text: 'for forældre', ages: [null, null] },
  { text: 'for pårørende', ages: [null, null] },
  { text: 'for familier', ages: [null, null] },
  { text: '', ages: [null, null] },
];
export const VARIANTS = ['', '', '', ' i grupper', ' – individuelt forløb', ' online', ' om aftenen', ' (drop-in)'];

export const FILLER = [
  'Vi samarbejder tæt med egen læge, PPR og skolen.',
  'Der er typisk to til fire ugers ventetid.',
  'Tilbuddet kan kombineres med støtte fra en mentor.',
  'Forældre og netværk inddrages, når det giver mening.',
  'Samtalerne kan foregå i centret, hjemme eller på en gåtur.',
  'Medarbejderne har tavshedspligt.',
  'Vi hjælper med kontakten til sagsbehandler og jobcenter.',
  'Forløbet afsluttes med en plan for det videre.',
  'Tolk kan bestilles uden beregning.',
  'Der er mulighed for videosamtaler.',
  'Tilbuddet er gratis for borgeren.',
  'Vi holder fællesmøder med psykiatrien ved overgange.',
  'Der er fokus på søvn, kost og motion som en del af forløbet.',
  'Unge kan tage en ven eller forælder med til første samtale.',
  'Vi tilbyder også hjælp til søskende.',
  'Forløbet bygger på anerkendte metoder og følges løbende op.',
];
export const HELP = [
  'Ring og aftal en første samtale.',
  'Send en henvisning via sagsbehandleren.',
  'Mød op i åbningstiden – ingen tidsbestilling.',
  'Fagpersoner kan ringe for sparring.',
  'Skriv en sikker mail, så ringer vi tilbage.',
];

export const ROLES: Record<string, readonly string[]> = {
  psyk: ['Psykolog', 'Psykiatrisk sygeplejerske', 'Overlæge', 'Behandler'],
  fam: ['Familiebehandler', 'Socialrådgiver', 'Familierådgiver', 'Sundhedsplejerske'],
  social: ['Socialrådgiver', 'Bostøttemedarbejder', 'Sagsbehandler', 'Socialpædagog'],
  job: ['Jobkonsulent', 'Mentor', 'Sagsbehandler'],
  rus: ['Misbrugskonsulent', 'Behandler', 'Sygeplejerske'],
  ppr: ['Skolepsykolog', 'Talepædagog', 'Skolesocialrådgiver'],
  ssp: ['SSP-konsulent', 'Gadeplansmedarbejder', 'Klubmedarbejder'],
  uu: ['UU-vejleder', 'Uddannelsesvejleder'],
  sund: ['Sundhedskonsulent', 'Sygeplejerske', 'Koordinator'],
};
export const FUNCTIONS = [
  'Vagttelefonen',
  'Rådgivningen',
  'Visitationen',
  'Akuttelefonen',
  'Indgang for fagpersoner',
  'Udskrivningskoordinator',
  'Sekretariatet',
  'Døgnvagten',
];

/** Municipal units: [area, name, forvaltning it sits under]. */
export const MUNICIPAL_UNITS: readonly (readonly [area: string, name: string, parent: number])[] = [
  ['fam', 'Børne- og Familieforvaltningen', -1],
  ['social', 'Social- og Sundhedsforvaltningen', -1],
  ['job', 'Beskæftigelsesforvaltningen', -1],
  ['fam', 'Familiecenter', 0],
  ['ppr', 'PPR – Pædagogisk Psykologisk Rådgivning', 0],
  ['ssp', 'SSP-sekretariatet', 0],
  ['uu', 'Ungdommens Uddannelsesvejledning', 0],
  ['fam', 'Sundhedsplejen', 0],
  ['social', 'Center for Psykiatri og Handicap', 1],
  ['social', 'Socialpsykiatrien', 1],
  ['rus', 'Rusmiddelcenter', 1],
  ['sund', 'Sundhedscenter', 1],
  ['job', 'Jobcenter', 2],
  ['job', 'Ungeindsatsen', 2],
  ['psyk', 'Ungerådgivningen', 0],
];
export const REGIONAL_UNITS: readonly (readonly [area: string, name: string])[] = [
  ['psyk', 'Børne- og Ungdomspsykiatrisk Center'],
  ['psyk', 'Psykiatrisk Center'],
  ['psyk', 'OPUS'],
  ['psyk', 'Ambulatorium for spiseforstyrrelser'],
  ['rus', 'Team for dobbeltdiagnoser'],
  ['psyk', 'Psykiatrisk Akutmodtagelse'],
];
export const VOLUNTEERS = [
  'Frivilligcenter',
  'Foreningen Fællesskab',
  'Sorgforeningen',
  'Ungenetværket',
  'Pårørendeforeningen',
  'Netværket mod ensomhed',
];

/** Larger municipalities get more records (a rough weight, not a population count). */
export const WEIGHT: Readonly<Record<string, number>> = {
  '0101': 9,
  '0751': 6,
  '0461': 4,
  '0851': 4,
  '0147': 2,
  '0561': 2.5,
  '0630': 2.5,
  '0621': 2,
  '0615': 2,
  '0730': 2,
  '0657': 1.5,
  '0791': 1.5,
};
