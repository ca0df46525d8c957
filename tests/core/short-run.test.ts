import { describe, expect, test } from '@jest/globals';
import { favourMemoryOverSpeed, favourShortRun, memoryFavoured, topTierDisabled } from '../../src/core/v8-tuning.js';

// A file of its own: the module's state is fresh per test file, and these tests change it one way only.
// (V8's flags are the worker's: the last step leaves TurboFan on, as the worker had it.)
describe('favourShortRun and a long read', () => {
  test('a short run turns the top tier off; a long read turns it back on, after which a short run changes nothing', () => {
    expect(topTierDisabled()).toBe(false);
    favourShortRun();
    expect(topTierDisabled()).toBe(true);
    favourMemoryOverSpeed();
    expect(memoryFavoured()).toBe(true);
    expect(topTierDisabled()).toBe(false);
    favourShortRun();
    expect(topTierDisabled()).toBe(false);
  });
});
