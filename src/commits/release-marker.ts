/**
 * The machine-readable marks of a release made through a pull request: the `Release-Relay: <tag> <id>`
 * trailer (in the release commit and the PR body, so merge, squash and rebase all carry it to the default
 * branch) and the release context embedded in the PR body. Pure functions.
 */
import { validateContext, type ReleaseContext } from '../core/context.js';

/** The trailer key. */
export const TRAILER_KEY = 'Release-Relay';

const CONTEXT_OPEN = '<!-- release-relay:context ';
const CONTEXT_CLOSE = ' -->';

/** The trailer line for a release. */
export function formatTrailer(tag: string, contextId: string): string {
  return `${TRAILER_KEY}: ${tag} ${contextId}`;
}

/** The release commit message: the configured message, a blank line, the trailer. */
export function withTrailer(message: string, tag: string, contextId: string): string {
  return `${message.replace(/\s+$/, '')}\n\n${formatTrailer(tag, contextId)}`;
}

/** Every `Release-Relay: <tag> <id>` trailer in a commit message or PR body (a squash may hold several). */
export function parseTrailers(text: string): { tag: string; contextId: string }[] {
  const out: { tag: string; contextId: string }[] = [];
  for (const m of text.matchAll(/^(?:\*\s+)?Release-Relay: (\S+) ([0-9a-f-]{36})\s*$/gm)) out.push({ tag: m[1], contextId: m[2] });
  return out;
}

/** Default release branch template. */
export const DEFAULT_RELEASE_BRANCH = 'release/{tag}';

/** The release branch name from its template (`{tag}`, `{version}`). */
export function releaseBranchName(template: string, tag: string, version: string): string {
  return template.split('{tag}').join(tag).split('{version}').join(version);
}

/** What the PR body shows. */
export interface PrBodyInput {
  context: ReleaseContext;
  files: string[];
  baseBranch: string;
}

/** The release PR's title. */
export function releasePrTitle(context: ReleaseContext): string {
  return `Release ${context.package.name} ${context.version?.next ?? ''}`.trim();
}

/**
 * The release PR's body: the changelog section, the plan, how merging publishes, the embedded context (an
 * HTML comment GitHub does not render) and the trailer as the last paragraph (kept by squash merges).
 */
export function renderPrBody(input: PrBodyInput): string {
  const c = input.context;
  const v = c.version;
  const embedded: ReleaseContext = { ...c, timeline: [] };
  const encoded = Buffer.from(JSON.stringify(embedded), 'utf8').toString('base64');
  return [
    `This pull request releases **${c.package.name} ${v?.next}** (${v?.previous} → ${v?.next}, ${v?.bump}: ${v?.reason}).`,
    '',
    c.changelog?.section_markdown ?? '',
    '',
    '### Plan',
    '',
    `- files: ${input.files.map((f) => `\`${f}\``).join(', ') || 'none'}`,
    `- tag: \`${v?.tag}\`, created on ${input.baseBranch} when this pull request is merged (merge, squash or rebase)`,
    `- publish: the ${c.package.ecosystem} package \`${c.package.name}\` to the registries publish-and-verify is configured with`,
    '- gate: the release-relay quality gate runs on this pull request and reports a check run; when the merged tree equals the gated head, the approved files are published unchanged, otherwise the merge commit is gated once more',
    '',
    'Close this pull request without merging to abandon the release. Do not edit the version files here: re-run prepare-release instead.',
    '',
    `${CONTEXT_OPEN}${encoded}${CONTEXT_CLOSE}`,
    '',
    formatTrailer(v?.tag ?? '', c.id),
  ].join('\n');
}

/** True when a PR body was written by release-relay. */
export function isSuiteBody(body: string): boolean {
  return body.includes(CONTEXT_OPEN) && parseTrailers(body).length > 0;
}

/** The release context embedded in a PR body, or null when there is none (a PR someone else wrote). */
export function contextFromPrBody(body: string): ReleaseContext | null {
  const start = body.indexOf(CONTEXT_OPEN);
  if (start < 0) return null;
  const end = body.indexOf(CONTEXT_CLOSE, start + CONTEXT_OPEN.length);
  if (end < 0) return null;
  const encoded = body.slice(start + CONTEXT_OPEN.length, end).trim();
  return validateContext(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')));
}
