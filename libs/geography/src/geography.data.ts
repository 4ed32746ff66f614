// Copied from shared/data/geography-dk.json (official codes). The project never reads shared/ at run time.
// Denmark's 98 municipalities (kommuner) and regions, with region membership over time. Municipality codes are the official four-digit kommunekoder; region codes are the official regionskoder. Region Hovedstaden and Region Sjælland merge into Region Østdanmark on 2027-01-01 (the healthcare reform act of 20 June 2025); its official code was not published when this file was made, so it is null. Christiansø/Ertholmene (0411) belongs to no municipality or region and is left out.

export interface RegionData {
  key: string;
  code: string | null;
  name: string;
  validFrom: string;
  validTo: string | null;
  succeededBy: string | null;
}
export interface MunicipalityData {
  code: string;
  name: string;
  officialName: string;
  regions: { region: string; validFrom: string; validTo: string | null }[];
}

export const REGIONS: readonly RegionData[] = [
  {
    key: 'hovedstaden',
    code: '1084',
    name: 'Region Hovedstaden',
    validFrom: '2007-01-01',
    validTo: '2026-12-31',
    succeededBy: 'oestdanmark',
  },
  {
    key: 'sjaelland',
    code: '1085',
    name: 'Region Sjælland',
    validFrom: '2007-01-01',
    validTo: '2026-12-31',
    succeededBy: 'oestdanmark',
  },
  {
    key: 'syddanmark',
    code: '1083',
    name: 'Region Syddanmark',
    validFrom: '2007-01-01',
    validTo: null,
    succeededBy: null,
  },
  {
    key: 'midtjylland',
    code: '1082',
    name: 'Region Midtjylland',
    validFrom: '2007-01-01',
    validTo: null,
    succeededBy: null,
  },
  {
    key: 'nordjylland',
    code: '1081',
    name: 'Region Nordjylland',
    validFrom: '2007-01-01',
    validTo: null,
    succeededBy: null,
  },
  {
    key: 'oestdanmark',
    code: null,
    name: 'Region Østdanmark',
    validFrom: '2027-01-01',
    validTo: null,
    succeededBy: null,
  },
];

export const MUNICIPALITIES: readonly MunicipalityData[] = [
  {
    code: '0101',
    name: 'København',
    officialName: 'Københavns Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0147',
    name: 'Frederiksberg',
    officialName: 'Frederiksberg Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0151',
    name: 'Ballerup',
    officialName: 'Ballerup Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0153',
    name: 'Brøndby',
    officialName: 'Brøndby Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0155',
    name: 'Dragør',
    officialName: 'Dragør Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0157',
    name: 'Gentofte',
    officialName: 'Gentofte Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0159',
    name: 'Gladsaxe',
    officialName: 'Gladsaxe Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0161',
    name: 'Glostrup',
    officialName: 'Glostrup Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0163',
    name: 'Herlev',
    officialName: 'Herlev Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0165',
    name: 'Albertslund',
    officialName: 'Albertslund Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0167',
    name: 'Hvidovre',
    officialName: 'Hvidovre Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0169',
    name: 'Høje-Taastrup',
    officialName: 'Høje-Taastrup Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0173',
    name: 'Lyngby-Taarbæk',
    officialName: 'Lyngby-Taarbæk Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0175',
    name: 'Rødovre',
    officialName: 'Rødovre Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0183',
    name: 'Ishøj',
    officialName: 'Ishøj Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0185',
    name: 'Tårnby',
    officialName: 'Tårnby Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0187',
    name: 'Vallensbæk',
    officialName: 'Vallensbæk Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0190',
    name: 'Furesø',
    officialName: 'Furesø Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0201',
    name: 'Allerød',
    officialName: 'Allerød Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0210',
    name: 'Fredensborg',
    officialName: 'Fredensborg Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0217',
    name: 'Helsingør',
    officialName: 'Helsingør Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0219',
    name: 'Hillerød',
    officialName: 'Hillerød Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0223',
    name: 'Hørsholm',
    officialName: 'Hørsholm Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0230',
    name: 'Rudersdal',
    officialName: 'Rudersdal Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0240',
    name: 'Egedal',
    officialName: 'Egedal Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0250',
    name: 'Frederikssund',
    officialName: 'Frederikssund Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0253',
    name: 'Greve',
    officialName: 'Greve Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0259',
    name: 'Køge',
    officialName: 'Køge Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0260',
    name: 'Halsnæs',
    officialName: 'Halsnæs Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0265',
    name: 'Roskilde',
    officialName: 'Roskilde Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0269',
    name: 'Solrød',
    officialName: 'Solrød Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0270',
    name: 'Gribskov',
    officialName: 'Gribskov Kommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0306',
    name: 'Odsherred',
    officialName: 'Odsherred Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0316',
    name: 'Holbæk',
    officialName: 'Holbæk Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0320',
    name: 'Faxe',
    officialName: 'Faxe Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0326',
    name: 'Kalundborg',
    officialName: 'Kalundborg Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0329',
    name: 'Ringsted',
    officialName: 'Ringsted Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0330',
    name: 'Slagelse',
    officialName: 'Slagelse Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0336',
    name: 'Stevns',
    officialName: 'Stevns Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0340',
    name: 'Sorø',
    officialName: 'Sorø Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0350',
    name: 'Lejre',
    officialName: 'Lejre Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0360',
    name: 'Lolland',
    officialName: 'Lolland Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0370',
    name: 'Næstved',
    officialName: 'Næstved Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0376',
    name: 'Guldborgsund',
    officialName: 'Guldborgsund Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0390',
    name: 'Vordingborg',
    officialName: 'Vordingborg Kommune',
    regions: [
      {
        region: 'sjaelland',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0400',
    name: 'Bornholm',
    officialName: 'Bornholms Regionskommune',
    regions: [
      {
        region: 'hovedstaden',
        validFrom: '2007-01-01',
        validTo: '2026-12-31',
      },
      {
        region: 'oestdanmark',
        validFrom: '2027-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0410',
    name: 'Middelfart',
    officialName: 'Middelfart Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0420',
    name: 'Assens',
    officialName: 'Assens Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0430',
    name: 'Faaborg-Midtfyn',
    officialName: 'Faaborg-Midtfyn Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0440',
    name: 'Kerteminde',
    officialName: 'Kerteminde Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0450',
    name: 'Nyborg',
    officialName: 'Nyborg Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0461',
    name: 'Odense',
    officialName: 'Odense Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0479',
    name: 'Svendborg',
    officialName: 'Svendborg Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0480',
    name: 'Nordfyn',
    officialName: 'Nordfyns Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0482',
    name: 'Langeland',
    officialName: 'Langeland Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0492',
    name: 'Ærø',
    officialName: 'Ærø Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0510',
    name: 'Haderslev',
    officialName: 'Haderslev Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0530',
    name: 'Billund',
    officialName: 'Billund Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0540',
    name: 'Sønderborg',
    officialName: 'Sønderborg Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0550',
    name: 'Tønder',
    officialName: 'Tønder Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0561',
    name: 'Esbjerg',
    officialName: 'Esbjerg Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0563',
    name: 'Fanø',
    officialName: 'Fanø Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0573',
    name: 'Varde',
    officialName: 'Varde Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0575',
    name: 'Vejen',
    officialName: 'Vejen Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0580',
    name: 'Aabenraa',
    officialName: 'Aabenraa Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0607',
    name: 'Fredericia',
    officialName: 'Fredericia Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0615',
    name: 'Horsens',
    officialName: 'Horsens Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0621',
    name: 'Kolding',
    officialName: 'Kolding Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0630',
    name: 'Vejle',
    officialName: 'Vejle Kommune',
    regions: [
      {
        region: 'syddanmark',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0657',
    name: 'Herning',
    officialName: 'Herning Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0661',
    name: 'Holstebro',
    officialName: 'Holstebro Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0665',
    name: 'Lemvig',
    officialName: 'Lemvig Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0671',
    name: 'Struer',
    officialName: 'Struer Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0706',
    name: 'Syddjurs',
    officialName: 'Syddjurs Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0707',
    name: 'Norddjurs',
    officialName: 'Norddjurs Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0710',
    name: 'Favrskov',
    officialName: 'Favrskov Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0727',
    name: 'Odder',
    officialName: 'Odder Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0730',
    name: 'Randers',
    officialName: 'Randers Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0740',
    name: 'Silkeborg',
    officialName: 'Silkeborg Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0741',
    name: 'Samsø',
    officialName: 'Samsø Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0746',
    name: 'Skanderborg',
    officialName: 'Skanderborg Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0751',
    name: 'Aarhus',
    officialName: 'Aarhus Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0756',
    name: 'Ikast-Brande',
    officialName: 'Ikast-Brande Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0760',
    name: 'Ringkøbing-Skjern',
    officialName: 'Ringkøbing-Skjern Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0766',
    name: 'Hedensted',
    officialName: 'Hedensted Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0773',
    name: 'Morsø',
    officialName: 'Morsø Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0779',
    name: 'Skive',
    officialName: 'Skive Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0787',
    name: 'Thisted',
    officialName: 'Thisted Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0791',
    name: 'Viborg',
    officialName: 'Viborg Kommune',
    regions: [
      {
        region: 'midtjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0810',
    name: 'Brønderslev',
    officialName: 'Brønderslev Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0813',
    name: 'Frederikshavn',
    officialName: 'Frederikshavn Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0820',
    name: 'Vesthimmerland',
    officialName: 'Vesthimmerlands Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0825',
    name: 'Læsø',
    officialName: 'Læsø Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0840',
    name: 'Rebild',
    officialName: 'Rebild Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0846',
    name: 'Mariagerfjord',
    officialName: 'Mariagerfjord Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0849',
    name: 'Jammerbugt',
    officialName: 'Jammerbugt Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0851',
    name: 'Aalborg',
    officialName: 'Aalborg Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
  {
    code: '0860',
    name: 'Hjørring',
    officialName: 'Hjørring Kommune',
    regions: [
      {
        region: 'nordjylland',
        validFrom: '2007-01-01',
        validTo: null,
      },
    ],
  },
];
