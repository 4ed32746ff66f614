import { chooseOrganisation } from './organisation-argument.js';

const HILLEROED = { id: '5b0c1f8e-0d6a-4c1e-9a53-3f1c2b7d0a01', name: 'Hillerød Kommune' };
const HOSPITAL = { id: '5b0c1f8e-0d6a-4c1e-9a53-3f1c2b7d0a02', name: 'Hillerød Hospital' };
const TWIN = { id: '5b0c1f8e-0d6a-4c1e-9a53-3f1c2b7d0a03', name: 'Fælles Kommune' };
const OTHER_TWIN = { id: '5b0c1f8e-0d6a-4c1e-9a53-3f1c2b7d0a04', name: 'fælles kommune' };
const ALL = [HILLEROED, HOSPITAL, TWIN, OTHER_TWIN];

// `--organisation` of `npm run import`: an id as it is, or an organisation's exact name in any case.
describe('chooseOrganisation', () => {
  it('takes an id as it is, whether or not it is among the names', () => {
    expect(chooseOrganisation(ALL, HOSPITAL.id)).toEqual({ id: HOSPITAL.id });
    expect(chooseOrganisation([], ` ${HILLEROED.id} `)).toEqual({ id: HILLEROED.id });
  });

  it('finds the one organisation with the name, in any case and with Danish letters', () => {
    expect(chooseOrganisation(ALL, 'Hillerød Kommune')).toEqual({ id: HILLEROED.id });
    expect(chooseOrganisation(ALL, '  HILLERØD KOMMUNE ')).toEqual({ id: HILLEROED.id });
  });

  it('refuses a name two organisations have, listing their ids', () => {
    expect(chooseOrganisation(ALL, 'FÆLLES KOMMUNE')).toEqual({
      error: `Flere organisationer hedder "FÆLLES KOMMUNE": ${TWIN.id} (Fælles Kommune), ${OTHER_TWIN.id} (fælles kommune). Angiv den rigtige med dens id: --organisation <id>.`,
    });
  });

  it('refuses a name no organisation has, suggesting the names that contain it', () => {
    expect(chooseOrganisation(ALL, 'hillerød')).toEqual({
      error:
        'Ingen organisation hedder "hillerød". Angiv organisationens id eller hele dens navn, fx "Hillerød Kommune", "Hillerød Hospital".',
    });
    expect(chooseOrganisation(ALL, 'Atlantis Kommune')).toEqual({
      error: 'Ingen organisation hedder "Atlantis Kommune". Angiv organisationens id eller hele dens navn.',
    });
  });
});
