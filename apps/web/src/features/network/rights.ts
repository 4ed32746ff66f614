// Who may use the network pages: the same rights as the theme days (a network's coordinators; administrators for all).
export { coordinatesNetwork, useCoordinates, type Coordinates } from '../theme-days/rights';
