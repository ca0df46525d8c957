import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, isReleaseError } from '../../core/errors.js';
import { silentLogger } from '../../core/log.js';
import { changelogFormat, detectStyle } from '../../changelog/styled.js';
import { findLastReleaseTag } from '../../changelog/tags.js';
import { writeRelease } from '../../changelog/write.js';
import { getFullAdapter } from '../../ecosystems/adapters.js';
import { Git } from '../../git/git.js';
import { listTags } from '../../git/tag-list.js';
import { getScheme } from '../../versioning/scheme.js';
import type { DoctorCheck, Finding } from '../types.js';

/** A git repository on a branch, clean, with a remote to push to. */
export const gitRepositoryCheck: DoctorCheck = {
  id: 'repository.git',
  area: 'repository',
  async run(input, facts) {
    if (!facts.root) return [{ check: this.id, status: 'blocker', label: 'repository', summary: `${input.dir} is not inside a git repository`, fix: 'Run in a clone of the project, or pass --dir with one.' }];
    const git = new Git(facts.root, input.exec);
    const [branch, dirty, remote] = await Promise.all([git.currentBranch(), git.dirtyPaths(), git.hasRemote('origin')]);
    const out: Finding[] = [{ check: this.id, status: 'ok', label: 'repository', summary: `${facts.root} on ${branch ?? 'a detached HEAD'}${remote ? `, remote origin ${(await git.remoteUrl('origin')) ?? ''}` : ''}` }];
    if (!branch) out.push({ check: this.id, status: 'warning', label: 'branch', summary: 'HEAD is detached: the release commit could not be pushed', fix: 'git switch main (or pass --allow-detached to commit without pushing).' });
    if (dirty.length) out.push({ check: this.id, status: 'warning', label: 'working tree', summary: `${dirty.length} uncommitted change(s): ${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}; prepare refuses a dirty tree`, fix: 'Commit or stash them first.' });
    if (!remote) out.push({ check: this.id, status: 'warning', label: 'remote', summary: 'no remote "origin": the release commit and tag stay local', fix: 'git remote add origin <url>.' });
    return out;
  },
};

/** Where the version lives, read by the ecosystem's own detection (the same code prepare-release uses). */
export const versionSourceCheck: DoctorCheck = {
  id: 'repository.version-source',
  area: 'repository',
  async run(_input, facts) {
    if (!facts.root) return [];
    if (facts.packageError !== undefined || !facts.info || !facts.adapter) {
      const err = facts.packageError;
      return [{ check: this.id, status: 'blocker', label: 'version source', summary: describeError(err).split(' Fix: ')[0], fix: isReleaseError(err) ? err.hint : 'Point --package-dir at the package.' }];
    }
    const { info, adapter } = facts;
    const where = info.versionFromVcs ? 'git tags (setuptools-scm / hatch-vcs): no file is edited' : info.versionFiles.join(', ');
    return [{ check: this.id, status: 'ok', label: 'version source', summary: `${adapter.name} package ${info.name}${info.version ? ` ${info.version}` : ''} in ${where}` }];
  },
};

/** The tag style: the last release tag that fits the template, or tags that suggest another template. */
export const tagStyleCheck: DoctorCheck = {
  id: 'repository.tags',
  area: 'repository',
  async run(input, facts) {
    if (!facts.root || !facts.info) return [];
    const git = new Git(facts.root, input.exec);
    const scheme = getScheme(facts.info.scheme);
    const template = facts.tagTemplate;
    const from = facts.tagTemplateSource === 'the default' ? '' : ` from ${facts.tagTemplateSource}`;
    const last = await findLastReleaseTag(git, { template, name: facts.info.name, scheme });
    if (last) return [{ check: this.id, status: 'ok', label: 'tags', summary: `last release ${last.tag} (template ${template}${from})` }];
    const tags = (await listTags(git)).map((t) => t.name);
    if (tags.length === 0) return [{ check: this.id, status: 'info', label: 'tags', summary: `no tags yet: the first release is tagged ${template.replace('{name}', facts.info.name).replace('{version}', '<version>')}${from}` }];
    return [
      {
        check: this.id,
        status: 'warning',
        label: 'tags',
        summary: `${tags.length} tag(s), none fits ${template}${from} (e.g. ${tags.slice(-3).join(', ')}): every commit would count as unreleased`,
        fix: 'Pass --tag-template matching your tags, e.g. --tag-template "{version}" or "{name}-v{version}".',
      },
    ];
  },
};

/** The changelog file and its format (Keep a Changelog in Markdown, reStructuredText, or other). */
export const changelogCheck: DoctorCheck = {
  id: 'repository.changelog',
  area: 'repository',
  async run(input, facts) {
    if (!facts.root) return [];
    const file = facts.changelog?.path ?? input.changelogFile ?? 'CHANGELOG.md';
    const rel = input.packageDir === '.' ? file : `${input.packageDir}/${file}`;
    const how = facts.changelog && facts.changelog.from !== 'found' && facts.changelog.from !== 'new' ? ` (${facts.changelog.from})` : '';
    let text: string;
    try {
      text = await readFile(join(facts.root, rel), 'utf8');
    } catch {
      return [{ check: this.id, status: 'info', label: 'changelog', summary: `${rel}${how} does not exist: it will be created in Keep a Changelog format`, fix: 'Pass --changelog-file if your changelog has another name (CHANGES.md, HISTORY.rst).' }];
    }
    if (facts.changelogTool) return [{ check: this.id, status: 'ok', label: 'changelog', summary: `${rel}${how}: written by ${facts.changelogTool}` }];
    // The writer prepare-release uses judges the file, so what the doctor says is what a release does.
    const format = changelogFormat(rel, text);
    let written: string;
    try {
      written = writeRelease(rel, text, { version: '0.0.0', date: '2000-01-01', commits: [], previousTag: null, tag: 'v0.0.0' }).style;
    } catch (err) {
      return [{ check: this.id, status: 'warning', label: 'changelog', summary: `${rel}${how}: ${describeError(err).split(' Fix: ')[0]}`, fix: isReleaseError(err) ? `${err.hint} Or pass --changelog-file with another file.` : 'Pass --changelog-file with another file.' }];
    }
    const kind = written === 'Keep a Changelog' ? 'Keep a Changelog (Markdown)' : written;
    const fresh = written !== 'Keep a Changelog' && detectStyle(text, format) === null ? ', no release headings yet' : '';
    return [{ check: this.id, status: 'ok', label: 'changelog', summary: `${rel}${how}: ${kind}${fresh}` }];
  },
};

/** The test command the gate would run. */
export const testCommandCheck: DoctorCheck = {
  id: 'repository.test-command',
  area: 'repository',
  async run(input, facts) {
    if (!facts.root || !facts.info) return [];
    if (input.testCommand) return [{ check: this.id, status: 'ok', label: 'tests', summary: `${input.testCommand} (--test-command)` }];
    try {
      const adapter = await getFullAdapter(join(facts.root, input.packageDir), input.ecosystem);
      const plan = await adapter.defaultTestCommand({ exec: input.exec, logger: silentLogger, tools: { python: input.python } }, { packageDir: join(facts.root, input.packageDir), reportDir: '<reports>', info: facts.info });
      return [{ check: this.id, status: 'ok', label: 'tests', summary: `${plan.argv.join(' ')} (default; change with --test-command)` }];
    } catch (err) {
      return [{ check: this.id, status: 'warning', label: 'tests', summary: `no default test command: ${describeError(err).split(' Fix: ')[0]}`, fix: isReleaseError(err) ? err.hint : 'Pass --test-command.' }];
    }
  },
};

/** The repository's CI workflows, and which of them use release-relay. */
export const ciConfigCheck: DoctorCheck = {
  id: 'repository.ci',
  area: 'repository',
  async run(_input, facts) {
    if (!facts.root) return [];
    const workflows = await readWorkflows(facts.root);
    if (workflows.length === 0) return [{ check: this.id, status: 'warning', label: 'CI', summary: 'no GitHub Actions workflows (.github/workflows): the gate cannot wait for CI', fix: 'Copy examples/workflows/release-manual.yml of release-relay to .github/workflows/release.yml.' }];
    const relay = workflows.filter((w) => /release-relay/.test(w.text)).map((w) => w.file);
    return [{ check: this.id, status: 'ok', label: 'CI', summary: `${workflows.length} workflow(s)${relay.length ? `; release-relay in ${relay.join(', ')}` : '; none uses release-relay yet'}` }];
  },
};

/** The workflow files of the repository with their text. */
export async function readWorkflows(root: string): Promise<{ file: string; text: string }[]> {
  const dir = join(root, '.github', 'workflows');
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: { file: string; text: string }[] = [];
  for (const n of names.filter((f) => /\.ya?ml$/.test(f)).sort()) out.push({ file: `.github/workflows/${n}`, text: await readFile(join(dir, n), 'utf8') });
  return out;
}
