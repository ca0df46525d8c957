import { resolve } from 'node:path';
import { describeError } from '../core/errors.js';
import { exec as realExec } from '../core/exec.js';
import { resolveInside } from '../core/files.js';
import { silentLogger } from '../core/log.js';
import { locateChangelog } from '../changelog/locate.js';
import { chooseTagStyle } from '../changelog/tag-style.js';
import { DEFAULT_TAG_TEMPLATE } from '../changelog/tags.js';
import { listTags } from '../git/tag-list.js';
import { getScheme } from '../versioning/scheme.js';
import { detectEcosystem } from '../ecosystems/adapters.js';
import { Git } from '../git/git.js';
import { prepareRelease } from '../stages/prepare-release.js';
import { DOCTOR_CHECKS } from './registry.js';
import type { DoctorCheck, DoctorFacts, DoctorInput, Finding } from './types.js';

/** What the doctor found, and what a release would do. */
export interface DoctorReport {
  findings: Finding[];
  /** prepare-release's dry-run decision (`Dry run: would release … 0.1.0 → 0.2.0 …`), or why there is none. */
  plan: string[];
  /** True when a finding is a blocker. */
  blocked: boolean;
}

/** Reads the facts the checks share: the repository root and the package (the ecosystems' own detection). */
async function gatherFacts(input: DoctorInput): Promise<DoctorFacts> {
  const git = new Git(resolve(input.dir), input.exec);
  const root = await git.topLevel().catch(() => null);
  const given = input.tagTemplate ? { tagTemplate: input.tagTemplate, tagTemplateSource: '--tag-template' } : { tagTemplate: DEFAULT_TAG_TEMPLATE, tagTemplateSource: 'the default' };
  if (!root) return { root: null, ...given };
  try {
    const adapter = await detectEcosystem(resolveInside(root, input.packageDir, 'package-dir'), input.ecosystem);
    const info = await adapter.readPackage(root, input.packageDir);
    // The same rule prepare-release applies: an explicit template wins, then the repository's release config
    // (semantic-release / release-please, commitizen / python-semantic-release), then the existing tags' style.
    const config = input.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, input.packageDir, info).catch(() => null) : null;
    const conventions = (await adapter.releaseConventions?.(root, input.packageDir).catch(() => undefined)) ?? {};
    const configured = config?.tagTemplate ? { template: config.tagTemplate, from: config.source } : conventions.tagTemplate;
    const style = chooseTagStyle(input.tagTemplate, configured, await listTags(git).catch(() => []), info.name, getScheme(info.scheme));
    const tag = style.source === 'input' ? given : { tagTemplate: style.template, tagTemplateSource: style.source === 'default' ? 'the default' : style.reason.replace(/^inferred from /, '') };
    // The changelog prepare-release would write: the one named, the tool's, else the project's existing one.
    const named = input.changelogFile ? { path: input.changelogFile, from: '--changelog-file' } : conventions.changelogFile;
    const changelog = await locateChangelog(root, input.packageDir, named).catch(() => undefined);
    const changelogTool = conventions.towncrier && !input.changelogFile ? `towncrier, ${conventions.towncrier.from}` : undefined;
    return { root, adapter, info, ...tag, changelog, changelogTool };
  } catch (err) {
    // The changelog is still worth reporting when the package cannot be read (a blocker of its own).
    const named = input.changelogFile ? { path: input.changelogFile, from: '--changelog-file' } : undefined;
    const changelog = await locateChangelog(root, input.packageDir, named).catch(() => undefined);
    return { root, packageError: err, ...given, changelog };
  }
}

/** What a release would do: the dry run of prepare-release (writes nothing). */
async function planRelease(input: DoctorInput, facts: DoctorFacts): Promise<string[]> {
  if (!facts.root || !facts.info) return ['No release can be planned until the blockers above are fixed.'];
  try {
    const r = await prepareRelease({ cwd: facts.root, packageDir: input.packageDir, ecosystem: input.ecosystem, tagTemplate: input.tagTemplate, changelogFile: input.changelogFile, dryRun: true }, { exec: input.exec, logger: silentLogger });
    const lines = [r.decision.replace(/^Dry run: would /, 'would ')];
    if (r.edits.length) lines.push(`would edit ${r.edits.map((e) => e.path).join(', ')}, commit, and tag ${r.context.version?.tag}`);
    if (r.context.version?.released) lines.push(`then test, build once, install cleanly, and publish to ${input.registries.length ? input.registries.join(' → ') : '(the registry given with --registries)'}`);
    return lines;
  } catch (err) {
    return [`prepare would stop: ${describeError(err)}`];
  }
}

/**
 * Runs every registered check (or those of the given areas; each one's failure becomes a warning finding,
 * never a crash) and the release plan (unless `plan: false`). Nothing is written anywhere.
 */
export async function runDoctor(partial: Partial<DoctorInput> & { dir: string; plan?: boolean; areas?: DoctorCheck['area'][] }, registered: DoctorCheck[] = DOCTOR_CHECKS): Promise<DoctorReport> {
  const checks = partial.areas ? registered.filter((c) => partial.areas?.includes(c.area)) : registered;
  const input: DoctorInput = { packageDir: '.', ecosystem: 'auto', registries: [], exec: realExec, ...partial };
  const facts = await gatherFacts(input);
  // The checks are independent reads: they run together, and report in registry order.
  const results = await Promise.all(
    checks.map(async (check): Promise<Finding[]> => {
      try {
        return await check.run(input, facts);
      } catch (err) {
        return [{ check: check.id, status: 'warning', label: check.id, summary: `check failed: ${describeError(err)}` }];
      }
    }),
  );
  const findings = results.flat();
  const blocked = findings.some((f) => f.status === 'blocker');
  return { findings, plan: partial.plan === false ? [] : await planRelease(input, facts), blocked };
}

const MARK: Record<Finding['status'], string> = { ok: '✔', info: 'ℹ', warning: '⚠', blocker: '✖' };
const AREA_TITLES: Record<string, string> = { machine: 'This machine', repository: 'The repository', publishing: 'Publishing' };

/** The report as plain text for a terminal: one line a finding, fixes under the ones that need them. */
export function renderDoctorText(report: DoctorReport, checks: DoctorCheck[] = DOCTOR_CHECKS): string {
  const lines: string[] = [];
  for (const area of ['machine', 'repository', 'publishing']) {
    const ids = new Set(checks.filter((c) => c.area === area).map((c) => c.id));
    const rows = report.findings.filter((f) => ids.has(f.check));
    if (!rows.length) continue;
    lines.push(AREA_TITLES[area]);
    for (const f of rows) {
      lines.push(`  ${MARK[f.status]} ${f.label.padEnd(14)} ${f.summary}`);
      if (f.fix && f.status !== 'ok') lines.push(`    ${' '.repeat(14)} → ${f.fix}`);
    }
  }
  if (report.plan.length) lines.push('What a release would do', ...report.plan.map((p) => `  ${p}`));
  const blockers = report.findings.filter((f) => f.status === 'blocker').length;
  const warnings = report.findings.filter((f) => f.status === 'warning').length;
  lines.push('', blockers ? `✖ ${blockers} blocker(s): fix them before releasing.` : `✔ ready to release${warnings ? ` (${warnings} warning(s))` : ''}.`);
  return lines.join('\n');
}

/** The report as a Markdown table for a job summary (the same findings the CLI prints). */
export function renderDoctorMarkdown(report: DoctorReport): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| | check | finding | fix |', '|---|---|---|---|'];
  for (const f of report.findings) lines.push(`| ${MARK[f.status]} | ${cell(f.label)} | ${cell(f.summary)} | ${f.status === 'ok' ? '' : cell(f.fix ?? '')} |`);
  return lines.join('\n');
}
