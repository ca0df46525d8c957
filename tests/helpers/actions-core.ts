/**
 * A stand-in for @actions/core, for tests of the action entries (src/actions/*): inputs come from a map,
 * every command the entry gives is recorded. Install it with `jest.unstable_mockModule('@actions/core', …)`
 * BEFORE the entry is imported (dynamically), as the typescript-action template does.
 */
import { afterEach, beforeEach, jest } from '@jest/globals';

/** The recorded stand-in and its input map. */
export interface ActionsCoreStub {
  /** Input name (as in action.yml) → value; unset inputs read as '' like on the runner. */
  inputs: Record<string, string>;
  /** The module itself: pass it to jest.unstable_mockModule. */
  core: {
    getInput: jest.Mock<(name: string) => string>;
    setSecret: jest.Mock<(value: string) => void>;
    setFailed: jest.Mock<(message: string | Error) => void>;
    setOutput: jest.Mock<(name: string, value: unknown) => void>;
    info: jest.Mock<(message: string) => void>;
    warning: jest.Mock<(message: string | Error, properties?: unknown) => void>;
    notice: jest.Mock<(message: string | Error, properties?: unknown) => void>;
    error: jest.Mock<(message: string | Error, properties?: unknown) => void>;
    debug: jest.Mock<(message: string) => void>;
    group: jest.Mock<<T>(name: string, fn: () => Promise<T>) => Promise<T>>;
    summary: { addRaw: jest.Mock<(text: string) => unknown>; write: jest.Mock<() => Promise<unknown>> };
  };
  /** Forgets the inputs and every recorded call. */
  reset(): void;
}

/** Creates the stand-in. getInput trims, as @actions/core does. */
export function actionsCoreStub(): ActionsCoreStub {
  const inputs: Record<string, string> = {};
  const summary = {
    addRaw: jest.fn((_text: string): unknown => summary),
    write: jest.fn(async (): Promise<unknown> => summary),
  };
  const core: ActionsCoreStub['core'] = {
    getInput: jest.fn((name: string) => (inputs[name] ?? '').trim()),
    setSecret: jest.fn(),
    setFailed: jest.fn(),
    setOutput: jest.fn(),
    info: jest.fn(),
    warning: jest.fn(),
    notice: jest.fn(),
    error: jest.fn(),
    debug: jest.fn(),
    group: jest.fn(<T>(_name: string, fn: () => Promise<T>) => fn()),
    summary,
  };
  return {
    inputs,
    core,
    reset: () => {
      for (const k of Object.keys(inputs)) delete inputs[k];
      for (const fn of [core.getInput, core.setSecret, core.setFailed, core.setOutput, core.info, core.warning, core.notice, core.error, core.debug, core.group, summary.addRaw, summary.write]) fn.mockClear();
    },
  };
}

/** Variables the entries read from the runner, cleared and restored around each test. */
const RUNNER_VARIABLES = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|RELEASE_RELAY_PYTHON$|NODE_AUTH_TOKEN$|NPM_TOKEN$|NPM_AUTH_TOKEN$|npm_config__authToken$|NPM_CONFIG__AUTHTOKEN$)/;

/** Sets the runner's variables to exactly `vars` (others of its kind removed); returns the undo. */
export function runnerVariables(vars: Record<string, string>): () => void {
  const saved = Object.entries(process.env).filter(([k]) => RUNNER_VARIABLES.test(k));
  for (const [k] of saved) delete process.env[k];
  Object.assign(process.env, vars);
  return () => {
    for (const k of Object.keys(process.env)) if (RUNNER_VARIABLES.test(k)) delete process.env[k];
    for (const [k, v] of saved) process.env[k] = v;
  };
}

/**
 * Call at a test file's top level: before each test the stub is reset and the runner's variables are set to
 * `vars`; after it they are restored and the exit code an entry set is cleared.
 */
export function onRunner(stub: ActionsCoreStub, vars: Record<string, string>): void {
  let restore: () => void = () => undefined;
  beforeEach(() => {
    stub.reset();
    restore = runnerVariables(vars);
  });
  afterEach(() => {
    restore();
    process.exitCode = undefined;
  });
}
