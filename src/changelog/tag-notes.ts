import { readFile } from 'node:fs/promises';
import { resolveInside } from '../core/files.js';
import type { Git } from '../git/git.js';
import { readParsedCommits } from '../commits/read.js';
import type { VersionScheme } from '../versioning/scheme.js';
import { locateChangelog } from './locate.js';
import { renderSection } from './render.js';
import { changelogFormat, findSection } from './styled.js';
import { findLastReleaseTag } from './tags.js';

/** What releaseNotesForTag is given. */
export interface TagNotesOptions {
  /** The pushed release tag, e.g. `v1.4.0`. */
  tag: string;
  /** The version the tag names (normalized). */
  version: string;
  /** Tag template of the project's releases (to find the previous release). */
  template: string;
  /** Package name (for `{name}` in the template). */
  name: string;
  scheme: VersionScheme;
  /** `https://github.com/o/r` for links in generated notes. Defaults to none. */
  repoUrl?: string;
  /** The changelog file relative to the package dir, when the project names one. Defaults to the located one. */
  changelogFile?: string;
  /** Today's date, YYYY-MM-DD, for a generated section. */
  date: string;
}

/** The notes of a tag-triggered release, in the context's `changelog` shape. */
export interface TagNotes {
  section_markdown: string;
  entries: number;
  /** The changelog file the section came from (relative to the package dir); absent for generated notes. */
  file?: string;
}

/**
 * The release notes of a tag pushed by hand (no prepare-release before the gate): the tag's own section of
 * the project's changelog when it has one, else a section generated from the commits between the previous
 * release tag and this tag. publish-and-verify needs them for the annotated tag and the GitHub release.
 */
export async function releaseNotesForTag(git: Git, root: string, packageDir: string, o: TagNotesOptions): Promise<TagNotes> {
  const located = await locateChangelog(root, packageDir, o.changelogFile ? { path: o.changelogFile, from: 'input "changelog-file"' } : undefined);
  if (located.exists) {
    const text = await readFile(resolveInside(resolveInside(root, packageDir, 'package-dir'), located.path, 'changelog-file'), 'utf8');
    const section = findSection(text, changelogFormat(located.path, text), o.version);
    if (section) {
      const lines = text.split(/\r?\n/).slice(section.start, section.end);
      while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
      const entries = lines.filter((l) => /^\s*[-*+]\s+\S/.test(l)).length;
      return { section_markdown: `${lines.join('\n')}\n`, entries, file: located.path };
    }
  }
  // The previous release is the newest release tag reachable from the tagged commit's parents.
  // A tag not fetched into this checkout (a gate given `tag` by hand): the checked-out commit stands for it.
  const tagged = (await git.revParse(`${o.tag}^{commit}`)) !== null ? `${o.tag}^{commit}` : 'HEAD';
  const parent = await git.revParse(`${tagged}^`);
  const previous = parent === null ? null : await findLastReleaseTag(git, { template: o.template, name: o.name, scheme: o.scheme, rev: parent });
  const commits = await readParsedCommits(git, { from: previous?.sha ?? null, to: tagged });
  const rendered = renderSection({ version: o.version, date: o.date, commits, repoUrl: o.repoUrl, previousTag: previous?.tag ?? null, tag: o.tag });
  return { section_markdown: rendered.markdown, entries: rendered.entries };
}
