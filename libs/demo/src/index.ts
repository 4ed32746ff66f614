// The invented demo dataset and its seeder: loaded only where demo data is wanted (a start with SEED_DEMO,
// `npm run seed`, the benchmarks and the test app's `demo` option), never by the app module.
export * from './demo-seeder.js';
export { buildDemoDataset } from './demo-dataset.js';
export type { DemoDataset } from './demo-dataset.types.js';
export { hashSeed, mulberry32, slugify } from './demo-kit.js';
