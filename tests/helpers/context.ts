/** A release context as the stages hand it on, for tests of the code that reads one. */
import { newContext, type ReleaseContext } from '../../src/core/context.js';

/** acme/<name> 1.0.0 → 1.1.0 (tag v1.1.0), prepared, built into <name>-1.1.0.tar.gz and approved by the gate. */
export function approvedContext(name = 'w'): ReleaseContext {
  const c = newContext({ repository: { owner: 'acme', name, ref: 'refs/heads/main', sha: 'a'.repeat(40) }, package: { ecosystem: 'python', name, dir: '.', version_files: ['pyproject.toml'] } });
  c.version = { previous: '1.0.0', next: '1.1.0', scheme: 'pep440', bump: 'minor', reason: 'feat', released: true, tag: 'v1.1.0' };
  c.changelog = { section_markdown: '## 1.1.0\n\n- feat\n', entries: 1 };
  c.release_commit = { sha: 'a'.repeat(40), branch: 'main', pushed: true, files_changed: ['pyproject.toml'] };
  c.artifacts = [{ file: `${name}-1.1.0.tar.gz`, sha256: 'b'.repeat(64), size: 100 }];
  c.gate = { status: 'approved', reasons: [], checks: [] };
  return c;
}
