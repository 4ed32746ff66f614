import { AuditAction, changedFields } from '#core';
import { describeChanges, netChanges, type Names } from './change-descriptions.js';
import { describeRecord, inScope, type FeedRecord } from './change-feed.js';
import { isoWeek } from './change-digest-jobs.js';

const NAMES: Names = {
  contact: (id) => ({ 'c-2': 'Vagttelefonen, Ungeenheden' })[id],
  unit: (id) => ({ 'u-1': 'Ungeteamet' })[id],
  municipality: (code) => ({ '0217': 'Helsingør', '0270': 'Gribskov' })[code] ?? code,
  situation: (key) => ({ discharge: 'Udskrivning fra psykiatrien', 'transition-18': 'Overgangen til voksenlivet ved 18 år' })[key] ?? key,
};

const describe_ = (type: 'Contact' | 'Offer', before: object, after: object, state: Record<string, unknown> | null = null) =>
  describeChanges(type, netChanges([changedFields(before, after)]), state, NAMES);

describe('change descriptions', () => {
  it('says a person stopped and who took over, and nothing about the lines cleared with it', () => {
    const before = {
      leftAt: null,
      successorId: null,
      channels: [{ kind: 'PHONE', value: '+45 11 11 11 11' }],
      situationKeys: ['discharge'],
    };
    const after = { leftAt: new Date('2027-02-01T08:00:00Z'), successorId: 'c-2', channels: [], situationKeys: [] };
    expect(describe_('Contact', before, after)).toEqual(['Kontakt stoppet – Vagttelefonen, Ungeenheden har overtaget']);
    expect(describe_('Contact', before, { ...after, successorId: 'c-gone' })).toEqual(['Kontakt stoppet']);
  });

  it('names replaced, added and removed channels by kind', () => {
    const phone = (value: string) => ({ kind: 'PHONE', value, visibility: 'PUBLIC' });
    expect(describe_('Contact', { channels: [phone('+45 11')] }, { channels: [phone('+45 22')] })).toEqual([
      'Telefonnummer ændret fra +45 11 til +45 22',
    ]);
    expect(
      describe_(
        'Contact',
        { channels: [phone('+45 11'), { kind: 'EMAIL', value: 'a@example.org' }] },
        { channels: [phone('+45 11'), phone('+45 33')] },
      ),
    ).toEqual(['Telefonnummer tilføjet: +45 33', 'E-mailadresse fjernet: a@example.org']);
    expect(describe_('Contact', { channels: [phone('+45 11')] }, { channels: [{ ...phone('+45 11'), visibility: 'STAFF' }] })).toEqual([
      'Kontaktoplysninger ændret (betegnelse eller synlighed)',
    ]);
  });

  it('describes offers in plain Danish, reading the unchanged end of an age range from the record', () => {
    expect(describe_('Offer', { status: 'ACTIVE' }, { status: 'ENDED' })).toEqual(['Tilbud lukket']);
    expect(describe_('Offer', { ageMax: 18 }, { ageMax: 25 }, { ageMin: 15, ageMax: 25 })).toEqual(['Aldersgruppe ændret til 15–25 år']);
    expect(describe_('Offer', { municipalityCodes: ['0217'] }, { municipalityCodes: ['0217', '0270'] })).toEqual([
      'Dækker nu: Helsingør, Gribskov',
    ]);
    expect(describe_('Offer', { situationKeys: ['discharge'] }, { situationKeys: ['transition-18'] })).toEqual([
      'Situationer tilføjet: Overgangen til voksenlivet ved 18 år',
      'Situationer fjernet: Udskrivning fra psykiatrien',
    ]);
    expect(describe_('Offer', { endsOn: null }, { endsOn: '2027-12-31' })).toEqual(['Slutdato ændret til 31. december 2027']);
    expect(describe_('Offer', { unitId: null, somethingNew: 1 }, { unitId: 'u-1', somethingNew: 2 })).toEqual([
      'Flyttet til Ungeteamet',
      'Andre oplysninger ændret',
    ]);
  });

  it('leaves out changes that were undone within the period and bookkeeping fields', () => {
    const there = changedFields({ waitingTime: '2 uger' }, { waitingTime: '4 uger' });
    const back = changedFields({ waitingTime: '4 uger' }, { waitingTime: '2 uger' });
    expect(describeChanges('Offer', netChanges([there, back]), null, NAMES)).toEqual([]);
    expect(describe_('Contact', { ownerAccountId: 'a', lastVerifiedAt: null }, { ownerAccountId: 'b', lastVerifiedAt: '2027' })).toEqual(
      [],
    );
  });
});

describe('digest records', () => {
  const record = (overrides: Partial<FeedRecord>): FeedRecord => ({
    type: 'Contact',
    id: 'c-1',
    organisation: { name: 'Helsingør Kommune', municipalityCode: '0217', regionKey: null },
    events: [],
    state: { name: 'Udskrivningslinjen', situationKeys: ['discharge'] },
    situations: new Set(['discharge']),
    coverages: [[]],
    ...overrides,
  });
  const at = new Date('2027-02-01T08:00:00Z');

  it('shows an erased record without its values, and a verification alone not at all', () => {
    const erased = record({
      state: null,
      situations: null,
      events: [
        { at, action: AuditAction.UPDATE, changes: [] },
        { at, action: AuditAction.ERASE, changes: [] },
      ],
    });
    expect(describeRecord(erased, erased.events, NAMES)).toEqual({
      organisationName: 'Helsingør Kommune',
      kind: 'Kontakt',
      name: 'Navn ukendt (oplysninger slettet)',
      changes: ['Kontakten er slettet – oplysninger slettet'],
    });
    const scrubbed = record({ events: [{ at, action: AuditAction.UPDATE, changes: [] }] });
    expect(describeRecord(scrubbed, scrubbed.events, NAMES)?.changes).toEqual(['Ændret – oplysninger slettet']);
    const verified = record({
      events: [{ at, action: AuditAction.VERIFY, changes: changedFields({ lastVerifiedAt: null }, { lastVerifiedAt: 'x' }) }],
    });
    expect(describeRecord(verified, verified.events, NAMES)).toBeNull();
  });

  it('matches places as the directory does, situations with their sub-situations, untagged records only for all situations', () => {
    const scope = (situations: string[] | null) => ({
      municipalityCodes: new Set(['0217']),
      regionKeys: new Set(['hovedstaden']),
      situations: situations && new Set(situations),
    });
    const dischargeTree = ['discharge', 'discharge-adult-psychiatry', 'discharge-child-youth-psychiatry'];
    expect(inScope(record({ situations: new Set(['discharge-adult-psychiatry']) }), scope(dischargeTree))).toBe(true);
    expect(inScope(record({ situations: new Set(['transition-18']) }), scope(dischargeTree))).toBe(false);
    expect(inScope(record({ situations: new Set() }), scope(dischargeTree))).toBe(false);
    expect(inScope(record({ situations: new Set() }), scope(null))).toBe(true);
    expect(inScope(record({ situations: null }), scope(dischargeTree))).toBe(true);
    const regional = { name: 'Region', municipalityCode: null, regionKey: 'hovedstaden' };
    expect(inScope(record({ organisation: regional }), scope(null))).toBe(true);
    const elsewhere = { name: 'Herning', municipalityCode: '0657', regionKey: null };
    expect(inScope(record({ type: 'Offer', organisation: elsewhere, coverages: [['0217']] }), scope(null))).toBe(true);
    expect(inScope(record({ type: 'Offer', organisation: elsewhere, coverages: [[]] }), scope(null))).toBe(false);
    // An offer that stopped covering the municipality is still news there.
    expect(inScope(record({ type: 'Offer', organisation: elsewhere, coverages: [['0657'], ['0217', '0657']] }), scope(null))).toBe(true);
  });

  it('counts weeks in Danish time', () => {
    expect(isoWeek(new Date('2027-02-01T06:00:00Z'))).toBe('2027-W05');
    // Sunday 23:30 UTC is Monday 00:30 in Copenhagen.
    expect(isoWeek(new Date('2027-01-31T23:30:00Z'))).toBe('2027-W05');
    expect(isoWeek(new Date('2027-01-31T22:30:00Z'))).toBe('2027-W04');
    expect(isoWeek(new Date('2026-12-31T12:00:00Z'))).toBe('2026-W53');
  });
});
