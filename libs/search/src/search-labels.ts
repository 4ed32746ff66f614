/** Danish labels for facet values that are enum codes. */
export const FACET_LABELS: Record<string, Record<string, string>> = {
  type: { OFFER: 'Tilbud', CONTACT: 'Kontakt', ORGANISATION: 'Organisation', UNIT: 'Enhed' },
  sector: { MUNICIPAL: 'Kommunal', REGIONAL: 'Regional', STATE: 'Statslig', CIVIL_SOCIETY: 'Frivillig/civilsamfund', PRIVATE: 'Privat' },
  accessRoute: { ANONYMOUS: 'Anonym', SELF_REFERRAL: 'Egen henvendelse', REFERRAL: 'Henvisning', VISITATION: 'Visitation' },
  status: { ACTIVE: 'Aktiv', PAUSED: 'Sat på pause', ENDED: 'Ophørt' },
};
