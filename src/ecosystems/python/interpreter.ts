import type { Exec } from '../../core/exec.js';
import { exec as realExec } from '../../core/exec.js';
import { ReleaseError } from '../../core/errors.js';

/**
 * Picks the Python interpreter to run. An explicit choice (input `python`, or RELEASE_RELAY_PYTHON read by the entry) wins
 * and is checked; otherwise the candidates are tried in order and the first that can import every
 * required module is used. On GitHub runners `python3` from setup-python is first and has what it needs;
 * on machines where the first `python3` on PATH lacks the modules, `/usr/bin/python3` is the next try.
 */
export async function resolvePython(options: { explicit?: string; modules?: string[]; exec?: Exec; prefer?: string } = {}): Promise<string> {
  const run = options.exec ?? realExec;
  const modules = options.modules ?? [];
  const explicit = options.explicit;
  // `prefer`: the interpreter an earlier step of the same run chose, so one run tests, builds and installs on one Python.
  const candidates = explicit ? [explicit] : [...new Set([...(options.prefer ? [options.prefer] : []), 'python3', '/usr/bin/python3', 'python'])];
  const probe = modules.length ? `import ${modules.join(', ')}` : 'pass';
  const tried: string[] = [];
  for (const candidate of candidates) {
    try {
      const r = await run(candidate, ['-c', `${probe}\nimport sys; print(sys.executable)`], { check: false });
      if (r.code === 0) return r.stdout.trim().split('\n').pop() || candidate;
      tried.push(`${candidate}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`);
    } catch (err) {
      tried.push(`${candidate}: ${(err as Error).message}`);
    }
  }
  throw new ReleaseError(
    'COMMAND_FAILED',
    `No Python interpreter with ${modules.length ? modules.join(', ') : 'a working install'} was found (${tried.join('; ')}).`,
    explicit ? `Install the modules into ${explicit}, or point input "python" at an interpreter that has them.` : 'Set input "python" (or RELEASE_RELAY_PYTHON) to an interpreter that has them, e.g. /usr/bin/python3.',
  );
}
