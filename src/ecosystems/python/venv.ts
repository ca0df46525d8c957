import { join } from 'node:path';
import type { Exec, ExecOptions } from '../../core/exec.js';

/** A fresh virtual environment: its interpreter, and the argv prefix that runs pip for it. */
export interface FreshVenv {
  /** The venv's own interpreter. */
  python: string;
  /** Program and leading arguments of a pip that installs into this venv (append `install …`). */
  pip: string[];
}

/** pip ≥ 22.3 can install into another interpreter (`pip --python <venv python>`). */
const PIP_PYTHON_OPTION = [22, 3];

const hostPip = new Map<string, Promise<string | null>>();

/**
 * The absolute path of `python` when its own pip is new enough for `--python` (pip 22.3; Debian 12 ships
 * 23.0), else null. Asked once per interpreter and process, by importing pip's package (tens of ms, not
 * pip's whole CLI). The path is absolute so that a venv's bin/ first on PATH cannot stand in for it.
 */
export function pipCanTarget(exec: Exec, python: string): Promise<string | null> {
  let known = hostPip.get(python);
  if (known === undefined) {
    known = exec(python, ['-I', '-c', 'import pip, sys; print(pip.__version__); print(sys.executable)'], { check: false, timeoutMs: 60_000 }).then(
      (r) => {
        const [version = '', executable = ''] = r.code === 0 ? r.stdout.trim().split('\n') : [];
        const m = /^(\d+)\.(\d+)/.exec(version);
        if (!m || !executable) return null;
        const [major, minor] = [Number(m[1]), Number(m[2])];
        return major > PIP_PYTHON_OPTION[0] || (major === PIP_PYTHON_OPTION[0] && minor >= PIP_PYTHON_OPTION[1]) ? executable : null;
      },
      () => null,
    );
    hostPip.set(python, known);
  }
  return known;
}

/**
 * Creates a clean virtual environment at `venv`. When the creating interpreter's pip supports `--python`,
 * the venv is made `--without-pip` and pip runs from outside it (about 1 s instead of 3–8 s for ensurepip
 * to install pip into every fresh venv); otherwise the venv gets its own pip from ensurepip, as before.
 * Either way packages land only in the venv.
 */
export async function createVenv(exec: Exec, python: string, venv: string, options: ExecOptions = {}): Promise<FreshVenv> {
  const vpython = join(venv, process.platform === 'win32' ? 'Scripts' : 'bin', process.platform === 'win32' ? 'python.exe' : 'python');
  const host = await pipCanTarget(exec, python);
  if (host !== null) {
    await exec(host, ['-m', 'venv', '--without-pip', venv], options);
    return { python: vpython, pip: [host, '-m', 'pip', '--python', vpython] };
  }
  await exec(python, ['-m', 'venv', venv], options);
  return { python: vpython, pip: [vpython, '-m', 'pip'] };
}
