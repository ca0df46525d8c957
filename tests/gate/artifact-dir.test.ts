import { describe, expect, test } from '@jest/globals';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactDirFor } from '../../src/gate/artifact-dir.js';
import { thrown } from '../helpers/errors.js';

describe('artifactDirFor (both gates: where the artifacts go, never over the working tree)', () => {
  const root = '/work/repo';
  const base = { cwd: root, name: 'release-1.2.0', root, keep: [root, `${root}/pkg`] };

  test('the default is under the runner temp dir (else the OS temp dir); an input is relative to cwd', () => {
    expect(artifactDirFor(undefined, { ...base, tempDir: '/runner/tmp' })).toBe('/runner/tmp/release-relay/release-1.2.0');
    expect(artifactDirFor(undefined, base)).toBe(join(tmpdir(), 'release-relay', 'release-1.2.0'));
    expect(artifactDirFor('dist-release', base)).toBe('/work/repo/dist-release');
  });

  test('a directory that is or holds the working tree or the package is refused, naming the input', () => {
    for (const input of ['.', '..', '/', 'pkg', '/work/repo/pkg']) {
      expect(thrown(() => artifactDirFor(input, base), 'BAD_INPUT').message).toContain(`Input "artifact-dir" (${input}) holds the working tree`);
    }
    expect(artifactDirFor('pkg/dist', base)).toBe('/work/repo/pkg/dist');
  });
});
