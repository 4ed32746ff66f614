// `npm run test:web`: the browser suites (headless Chromium from Debian, driven by playwright-core) against the real
// server. Not part of `npm test`, which must pass on a machine without a browser.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'],
  // The suites start the built server as a child process on a data directory of their own: no template database.
  globalSetup: undefined,
  globalTeardown: undefined,
  maxWorkers: 1,
};
