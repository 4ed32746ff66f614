import { changedFields } from '#core';

// How services record and show the trail is in libs/directory/src/offers/offer-audit.spec.ts.
describe('audit trail', () => {
  it('lists only the fields that changed, as JSON before and after', () => {
    expect(
      changedFields(
        { id: 'a', name: 'Før', ageMin: 13, updatedAt: new Date(1) },
        { id: 'a', name: 'Efter', ageMin: 13, updatedAt: new Date(2) },
      ),
    ).toEqual([{ field: 'name', before: '"Før"', after: '"Efter"' }]);
    expect(changedFields(null, { id: 'a', cost: null })).toEqual([{ field: 'id', before: null, after: '"a"' }]);
  });
});
