import { describe, expect, test } from '@jest/globals';
import { renderAnnouncement } from '../../src/changelog/announcement.js';
import { newContext } from '../../src/core/context.js';
import { getAdapter } from '../../src/ecosystems/adapters.js';

function released(ecosystem: 'python' | 'npm', name: string, version: string) {
  const context = newContext({ repository: { owner: 'o', name: 'r', ref: 'main', sha: 'a'.repeat(40) }, package: { ecosystem, name, dir: '.', version_files: [] } });
  context.version = { previous: '1.0.0', next: version, scheme: ecosystem === 'npm' ? 'semver' : 'pep440', bump: 'minor', reason: 'feat', released: true, tag: `v${version}` };
  context.changelog = { section_markdown: `## [${version}] - 2026-12-07\n\n### Added\n\n- a thing\n`, entries: 1 };
  return context;
}

describe('the release announcement', () => {
  test.each([
    ['python', 'relay-example', '1.1.0', 'pip install relay-example==1.1.0'],
    ['npm', '@acme/core', '2.0.0-rc.1', 'npm install @acme/core@2.0.0-rc.1'],
  ] as const)('the %s adapter says how to install %s %s', (ecosystem, name, version, line) => {
    const context = released(ecosystem, name, version);
    const text = renderAnnouncement({ context, install: getAdapter(ecosystem).installCommand(name, version), publishedTo: ['registry'], degraded: false, verified: true });
    expect(text.split('\n')).toContain(line);
    expect(text).toContain('- a thing');
    // The changelog's own heading is replaced by the announcement's.
    expect(text).not.toContain(`## [${version}]`);
  });

  test('a degraded publish says a fallback served', () => {
    const context = released('python', 'x', '1.1.0');
    expect(renderAnnouncement({ context, install: 'pip install x==1.1.0', publishedTo: ['fallback'], degraded: true, verified: false })).toMatch(/degraded.*fallback served/);
  });
});
