import { registerEnumType } from '@nestjs/graphql';

export enum Sector {
  MUNICIPAL = 'MUNICIPAL',
  REGIONAL = 'REGIONAL',
  STATE = 'STATE',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  PRIVATE = 'PRIVATE',
}
export enum UnitKind {
  FORVALTNING = 'FORVALTNING',
  CENTER = 'CENTER',
  AFDELING = 'AFDELING',
  TEAM = 'TEAM',
}
export enum ContactKind {
  PERSON = 'PERSON',
  FUNCTION = 'FUNCTION',
}
export enum ChannelKind {
  PHONE = 'PHONE',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  WEB = 'WEB',
  CHAT = 'CHAT',
  VIDEO = 'VIDEO',
  DROP_IN = 'DROP_IN',
}
export enum Visibility {
  PUBLIC = 'PUBLIC',
  STAFF = 'STAFF',
}
export enum AccessRoute {
  ANONYMOUS = 'ANONYMOUS',
  SELF_REFERRAL = 'SELF_REFERRAL',
  REFERRAL = 'REFERRAL',
  VISITATION = 'VISITATION',
}
export enum OfferStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}
export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}

registerEnumType(Sector, { name: 'Sector', description: 'Kommunal, regional, statslig, civilsamfund eller privat.' });
registerEnumType(UnitKind, { name: 'UnitKind', description: 'Level in an organisation: forvaltning → center → afdeling → team.' });
registerEnumType(ContactKind, { name: 'ContactKind', description: 'A named PERSON or a FUNCTION (team line, duty phone).' });
registerEnumType(ChannelKind, { name: 'ChannelKind' });
registerEnumType(Visibility, { name: 'Visibility', description: 'PUBLIC for everyone; STAFF only for signed-in professionals.' });
registerEnumType(AccessRoute, {
  name: 'AccessRoute',
  description: 'How a citizen gets the offer.',
  valuesMap: {
    ANONYMOUS: { description: 'Anonym: ingen henvisning, ingen registrering.' },
    SELF_REFERRAL: { description: 'Borgeren kan selv henvende sig.' },
    REFERRAL: { description: 'Kræver henvisning (fx egen læge, hospital, sagsbehandler).' },
    VISITATION: { description: 'Kræver en kommunal afgørelse (visitation).' },
  },
});
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(Weekday, { name: 'Weekday' });
