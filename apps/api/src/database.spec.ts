import { TEST_ENTITIES } from '#testing';
import { ENTITIES } from './database.js';

describe('the test databases', () => {
  it('know the same entities as the app', () => {
    expect(new Set(TEST_ENTITIES)).toEqual(new Set(ENTITIES));
    expect(TEST_ENTITIES).toHaveLength(ENTITIES.length);
  });
});
