/** The one list of things a test file undoes: temp directories removed, servers closed, variables restored. */
import { afterAll, afterEach } from '@jest/globals';

/** One undo step. */
export type Cleanup = () => Promise<void> | void;

/** What a test pushes its undo steps onto. */
export interface Cleanups {
  push(...steps: Cleanup[]): void;
}

/**
 * Call at a test file's top level: the steps pushed are run last first (each awaited) after each test, or
 * with `after: 'all'` once after the file's last test.
 */
export function cleanupAfter(after: 'each' | 'all' = 'each'): Cleanups {
  const steps: Cleanup[] = [];
  const run = async (): Promise<void> => {
    for (const step of steps.splice(0).reverse()) await step();
  };
  if (after === 'all') afterAll(run);
  else afterEach(run);
  return { push: (...more) => void steps.push(...more) };
}
