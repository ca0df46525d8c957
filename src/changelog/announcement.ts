import type { ReleaseContext } from '../core/context.js';

/** The release announcement (markdown): what was released, where, how to install, and the notes. */
export function renderAnnouncement(input: { context: ReleaseContext; install: string; releaseUrl?: string; publishedTo: string[]; degraded: boolean; verified: boolean }): string {
  const { context, install } = input;
  const name = context.package.name;
  const version = context.version?.next ?? '';
  const lines = [
    `# ${name} ${version}`,
    '',
    `Released ${new Date().toISOString().slice(0, 10)} to ${input.publishedTo.join(', ')}${input.degraded ? ' (**degraded**: the primary registry failed, a fallback served)' : ''}.${input.verified ? ' Verified by a clean install from the registry.' : ''}`,
    '',
    '```sh',
    install,
    '```',
    '',
  ];
  if (input.releaseUrl) lines.push(`Release page: ${input.releaseUrl}`, '');
  if (context.changelog?.section_markdown) lines.push('## What changed', '', context.changelog.section_markdown.replace(/^## .*\n+/, ''), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
