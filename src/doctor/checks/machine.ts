import { resolvePython } from '../../ecosystems/python/interpreter.js';
import type { DoctorCheck, Finding } from '../types.js';

/** The Python modules a release uses: build (gate), venv (clean install), pytest (tests), twine (upload). */
export const PYTHON_MODULES = ['build', 'venv', 'pytest', 'twine'] as const;

/** git is needed for everything. */
export const gitCheck: DoctorCheck = {
  id: 'machine.git',
  area: 'machine',
  async run(input) {
    const r = await input.exec('git', ['--version'], { check: false }).catch(() => null);
    if (r?.code === 0) return [{ check: this.id, status: 'ok', label: 'git', summary: r.stdout.trim() }];
    return [{ check: this.id, status: 'blocker', label: 'git', summary: 'git is not installed or not on PATH', fix: 'Install git (apt-get install git, or https://git-scm.com).' }];
  },
};

/** Python with build, venv, pytest and twine, for Python packages (a note otherwise). */
export const pythonCheck: DoctorCheck = {
  id: 'machine.python',
  area: 'machine',
  async run(input, facts) {
    const needed = !facts.adapter || facts.adapter.name === 'python';
    const severity = needed ? 'blocker' : 'info';
    let python: string;
    try {
      // The interpreter the stages would pick (the first with every module), else the first that runs.
      python = await resolvePython({ explicit: input.python, modules: [...PYTHON_MODULES], exec: input.exec }).catch(() => resolvePython({ explicit: input.python, exec: input.exec }));
    } catch {
      return [{ check: this.id, status: severity, label: 'python', summary: 'no Python interpreter found', fix: 'Install Python 3, or pass --python /path/to/python3.' }];
    }
    const probe = `import importlib.util, sys\nprint(sys.version.split()[0])\nprint(' '.join(m for m in ${JSON.stringify([...PYTHON_MODULES])} if importlib.util.find_spec(m) is None))`;
    const r = await input.exec(python, ['-c', probe], { check: false });
    const [version = '?', missingLine = ''] = r.stdout.trim().split('\n');
    const missing = missingLine.split(' ').filter(Boolean);
    if (r.code !== 0) return [{ check: this.id, status: severity, label: 'python', summary: `${python} does not run: ${r.stderr.trim().split('\n').pop() ?? ''}`, fix: 'Pass --python with a working interpreter.' }];
    if (missing.length === 0) return [{ check: this.id, status: 'ok', label: 'python', summary: `${python} ${version} with ${PYTHON_MODULES.join(', ')}` }];
    return [
      {
        check: this.id,
        status: severity,
        label: 'python',
        summary: `${python} ${version} lacks ${missing.join(', ')}`,
        fix: `${python} -m pip install ${missing.filter((m) => m !== 'venv').join(' ') || 'virtualenv'}${missing.includes('venv') ? ' (venv: apt-get install python3-venv)' : ''}, or pass --python with an interpreter that has them.`,
      },
    ];
  },
};

/** npm, for npm packages (a note otherwise). */
export const npmCheck: DoctorCheck = {
  id: 'machine.npm',
  area: 'machine',
  async run(input, facts) {
    const needed = facts.adapter?.name === 'npm';
    const r = await input.exec('npm', ['--version'], { check: false }).catch(() => null);
    if (r?.code === 0) return [{ check: this.id, status: 'ok', label: 'npm', summary: `npm ${r.stdout.trim()}` }];
    const finding: Finding = { check: this.id, status: needed ? 'blocker' : 'info', label: 'npm', summary: 'npm is not on PATH', fix: 'Install Node.js with npm (https://nodejs.org).' };
    return [finding];
  },
};
