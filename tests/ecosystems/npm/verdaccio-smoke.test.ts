import { describe, expect, test } from '@jest/globals';
import { startVerdaccio } from '../../fixtures/verdaccio.js';

describe('verdaccio fixture', () => {
  test('starts, hands out a token, answers 404 for an unknown package, closes', async () => {
    const v = await startVerdaccio();
    try {
      expect(v.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(v.token.length).toBeGreaterThan(10);
      const res = await fetch(`${v.url}no-such-package`);
      expect(res.status).toBe(404);
      const who = await fetch(`${v.url}-/whoami`, { headers: { Authorization: `Bearer ${v.token}` } });
      expect(await who.json()).toEqual({ username: 'relay' });
    } finally {
      await v.close();
    }
  });
});
