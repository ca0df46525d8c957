export const id = 621;
export const ids = [621];
export const modules = {

/***/ 66621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderDoctorText: () => (/* binding */ renderDoctorText),
  runDoctor: () => (/* binding */ runDoctor)
});

// UNUSED EXPORTS: renderDoctorMarkdown

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/exec.ts
var exec = __webpack_require__(72642);
// EXTERNAL MODULE: ./src/core/files.ts
var files = __webpack_require__(69928);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __webpack_require__(44325);
// EXTERNAL MODULE: ./src/changelog/locate.ts
var locate = __webpack_require__(95610);
// EXTERNAL MODULE: ./src/changelog/tag-style.ts
var tag_style = __webpack_require__(38338);
// EXTERNAL MODULE: ./src/changelog/tags.ts
var changelog_tags = __webpack_require__(47701);
// EXTERNAL MODULE: ./src/git/tag-list.ts
var tag_list = __webpack_require__(20489);
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 3 modules
var versioning_scheme = __webpack_require__(4418);
// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 37 modules
var adapters = __webpack_require__(39236);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/stages/prepare-release.ts + 17 modules
var prepare_release = __webpack_require__(77707);
// EXTERNAL MODULE: ./src/ecosystems/python/interpreter.ts
var interpreter = __webpack_require__(40850);
;// CONCATENATED MODULE: ./src/doctor/checks/machine.ts

/** The Python modules a release uses: build (gate), venv (clean install), pytest (tests), twine (upload). */
const PYTHON_MODULES = ['build', 'venv', 'pytest', 'twine'];
/** git is needed for everything. */
const gitCheck = {
    id: 'machine.git',
    area: 'machine',
    async run(input) {
        const r = await input.exec('git', ['--version'], { check: false }).catch(() => null);
        if (r?.code === 0)
            return [{ check: this.id, status: 'ok', label: 'git', summary: r.stdout.trim() }];
        return [{ check: this.id, status: 'blocker', label: 'git', summary: 'git is not installed or not on PATH', fix: 'Install git (apt-get install git, or https://git-scm.com).' }];
    },
};
/** Python with build, venv, pytest and twine, for Python packages (a note otherwise). */
const pythonCheck = {
    id: 'machine.python',
    area: 'machine',
    async run(input, facts) {
        const needed = !facts.adapter || facts.adapter.name === 'python';
        const severity = needed ? 'blocker' : 'info';
        let python;
        try {
            // The interpreter the stages would pick (the first with every module), else the first that runs.
            python = await (0,interpreter/* resolvePython */.L)({ explicit: input.python, modules: [...PYTHON_MODULES], exec: input.exec }).catch(() => (0,interpreter/* resolvePython */.L)({ explicit: input.python, exec: input.exec }));
        }
        catch {
            return [{ check: this.id, status: severity, label: 'python', summary: 'no Python interpreter found', fix: 'Install Python 3, or pass --python /path/to/python3.' }];
        }
        const probe = `import importlib.util, sys\nprint(sys.version.split()[0])\nprint(' '.join(m for m in ${JSON.stringify([...PYTHON_MODULES])} if importlib.util.find_spec(m) is None))`;
        const r = await input.exec(python, ['-c', probe], { check: false });
        const [version = '?', missingLine = ''] = r.stdout.trim().split('\n');
        const missing = missingLine.split(' ').filter(Boolean);
        if (r.code !== 0)
            return [{ check: this.id, status: severity, label: 'python', summary: `${python} does not run: ${r.stderr.trim().split('\n').pop() ?? ''}`, fix: 'Pass --python with a working interpreter.' }];
        if (missing.length === 0)
            return [{ check: this.id, status: 'ok', label: 'python', summary: `${python} ${version} with ${PYTHON_MODULES.join(', ')}` }];
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
const npmCheck = {
    id: 'machine.npm',
    area: 'machine',
    async run(input, facts) {
        const needed = facts.adapter?.name === 'npm';
        const r = await input.exec('npm', ['--version'], { check: false }).catch(() => null);
        if (r?.code === 0)
            return [{ check: this.id, status: 'ok', label: 'npm', summary: `npm ${r.stdout.trim()}` }];
        const finding = { check: this.id, status: needed ? 'blocker' : 'info', label: 'npm', summary: 'npm is not on PATH', fix: 'Install Node.js with npm (https://nodejs.org).' };
        return [finding];
    },
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/ecosystems/pipeline.ts
var pipeline = __webpack_require__(80839);
;// CONCATENATED MODULE: ./src/doctor/checks/repository.ts









/** A git repository on a branch, clean, with a remote to push to. */
const gitRepositoryCheck = {
    id: 'repository.git',
    area: 'repository',
    async run(input, facts) {
        if (!facts.root)
            return [{ check: this.id, status: 'blocker', label: 'repository', summary: `${input.dir} is not inside a git repository`, fix: 'Run in a clone of the project, or pass --dir with one.' }];
        const git = new git_git/* Git */.TU(facts.root, input.exec);
        const [branch, dirty, remote] = await Promise.all([git.currentBranch(), git.dirtyPaths(), git.hasRemote('origin')]);
        const out = [{ check: this.id, status: 'ok', label: 'repository', summary: `${facts.root} on ${branch ?? 'a detached HEAD'}${remote ? `, remote origin ${(await git.remoteUrl('origin')) ?? ''}` : ''}` }];
        if (!branch)
            out.push({ check: this.id, status: 'warning', label: 'branch', summary: 'HEAD is detached: the release commit could not be pushed', fix: 'git switch main (or pass --allow-detached to commit without pushing).' });
        if (dirty.length)
            out.push({ check: this.id, status: 'warning', label: 'working tree', summary: `${dirty.length} uncommitted change(s): ${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}; prepare refuses a dirty tree`, fix: 'Commit or stash them first.' });
        if (!remote)
            out.push({ check: this.id, status: 'warning', label: 'remote', summary: 'no remote "origin": the release commit and tag stay local', fix: 'git remote add origin <url>.' });
        return out;
    },
};
/** Where the version lives, read by the ecosystem's own detection (the same code prepare-release uses). */
const versionSourceCheck = {
    id: 'repository.version-source',
    area: 'repository',
    async run(_input, facts) {
        if (!facts.root)
            return [];
        if (facts.packageError !== undefined || !facts.info || !facts.adapter) {
            const err = facts.packageError;
            return [{ check: this.id, status: 'blocker', label: 'version source', summary: (0,errors/* describeError */.Uc)(err).split(' Fix: ')[0], fix: (0,errors/* isReleaseError */.q8)(err) ? err.hint : 'Point --package-dir at the package.' }];
        }
        const { info, adapter } = facts;
        const where = info.versionFromVcs ? 'git tags (setuptools-scm / hatch-vcs): no file is edited' : info.versionFiles.join(', ');
        return [{ check: this.id, status: 'ok', label: 'version source', summary: `${adapter.name} package ${info.name}${info.version ? ` ${info.version}` : ''} in ${where}` }];
    },
};
/** The tag style: the last release tag that fits the template, or tags that suggest another template. */
const tagStyleCheck = {
    id: 'repository.tags',
    area: 'repository',
    async run(input, facts) {
        if (!facts.root || !facts.info)
            return [];
        const git = new git_git/* Git */.TU(facts.root, input.exec);
        const scheme = (0,versioning_scheme/* getScheme */.m)(facts.info.scheme);
        const template = facts.tagTemplate;
        const from = facts.tagTemplateSource === 'the default' ? '' : ` from ${facts.tagTemplateSource}`;
        const last = await (0,changelog_tags/* findLastReleaseTag */.$l)(git, { template, name: facts.info.name, scheme });
        if (last)
            return [{ check: this.id, status: 'ok', label: 'tags', summary: `last release ${last.tag} (template ${template}${from})` }];
        const tags = (await (0,tag_list/* listTags */.cB)(git)).map((t) => t.name);
        if (tags.length === 0)
            return [{ check: this.id, status: 'info', label: 'tags', summary: `no tags yet: the first release is tagged ${template.replace('{name}', facts.info.name).replace('{version}', '<version>')}${from}` }];
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
const changelogCheck = {
    id: 'repository.changelog',
    area: 'repository',
    async run(input, facts) {
        if (!facts.root)
            return [];
        const file = facts.changelog?.path ?? input.changelogFile ?? 'CHANGELOG.md';
        const rel = input.packageDir === '.' ? file : `${input.packageDir}/${file}`;
        const how = facts.changelog && facts.changelog.from !== 'found' && facts.changelog.from !== 'new' ? ` (${facts.changelog.from})` : '';
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.join)(facts.root, rel), 'utf8');
        }
        catch {
            return [{ check: this.id, status: 'info', label: 'changelog', summary: `${rel}${how} does not exist: it will be created in Keep a Changelog format`, fix: 'Pass --changelog-file if your changelog has another name (CHANGES.md, HISTORY.rst).' }];
        }
        const format = /\.rst$/i.test(rel) ? 'reStructuredText' : /keepachangelog|^## \[?Unreleased\]?/im.test(text) ? 'Keep a Changelog (Markdown)' : /^##? \[?v?\d+\.\d+/m.test(text) ? 'Markdown with version headings' : 'Markdown, no version headings found';
        const status = format.startsWith('Markdown, no') ? 'warning' : 'ok';
        return [{ check: this.id, status, label: 'changelog', summary: `${rel}${how}: ${format}`, ...(status === 'warning' ? { fix: 'The new section goes above the first heading; check the result with `release-relay prepare --dry-run`.' } : {}) }];
    },
};
/** The test command the gate would run. */
const testCommandCheck = {
    id: 'repository.test-command',
    area: 'repository',
    async run(input, facts) {
        if (!facts.root || !facts.info)
            return [];
        if (input.testCommand)
            return [{ check: this.id, status: 'ok', label: 'tests', summary: `${input.testCommand} (--test-command)` }];
        try {
            const adapter = await (0,pipeline/* getFullAdapter */.x)((0,external_node_path_.join)(facts.root, input.packageDir), input.ecosystem);
            const plan = await adapter.defaultTestCommand({ exec: input.exec, logger: log/* silentLogger */.qq, tools: { python: input.python } }, { packageDir: (0,external_node_path_.join)(facts.root, input.packageDir), reportDir: '<reports>', info: facts.info });
            return [{ check: this.id, status: 'ok', label: 'tests', summary: `${plan.argv.join(' ')} (default; change with --test-command)` }];
        }
        catch (err) {
            return [{ check: this.id, status: 'warning', label: 'tests', summary: `no default test command: ${(0,errors/* describeError */.Uc)(err).split(' Fix: ')[0]}`, fix: (0,errors/* isReleaseError */.q8)(err) ? err.hint : 'Pass --test-command.' }];
        }
    },
};
/** The repository's CI workflows, and which of them use release-relay. */
const ciConfigCheck = {
    id: 'repository.ci',
    area: 'repository',
    async run(_input, facts) {
        if (!facts.root)
            return [];
        const workflows = await readWorkflows(facts.root);
        if (workflows.length === 0)
            return [{ check: this.id, status: 'warning', label: 'CI', summary: 'no GitHub Actions workflows (.github/workflows): the gate cannot wait for CI', fix: 'Copy examples/workflows/release-manual.yml of release-relay to .github/workflows/release.yml.' }];
        const relay = workflows.filter((w) => /release-relay/.test(w.text)).map((w) => w.file);
        return [{ check: this.id, status: 'ok', label: 'CI', summary: `${workflows.length} workflow(s)${relay.length ? `; release-relay in ${relay.join(', ')}` : '; none uses release-relay yet'}` }];
    },
};
/** The workflow files of the repository with their text. */
async function readWorkflows(root) {
    const dir = (0,external_node_path_.join)(root, '.github', 'workflows');
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const out = [];
    for (const n of names.filter((f) => /\.ya?ml$/.test(f)).sort())
        out.push({ file: `.github/workflows/${n}`, text: await (0,promises_.readFile)((0,external_node_path_.join)(dir, n), 'utf8') });
    return out;
}

;// CONCATENATED MODULE: ./src/doctor/checks/publishing.ts

/** Where a release would go: the CLI publishes only to registries named with --registries. */
const registriesCheck = {
    id: 'publishing.registries',
    area: 'publishing',
    async run(input) {
        if (input.registries.length)
            return [{ check: this.id, status: 'ok', label: 'registries', summary: `${input.registries.join(' → ')} (fallbacks after the first)` }];
        return [{ check: this.id, status: 'info', label: 'registries', summary: 'none given: `release-relay run` and `publish` refuse to start without one', fix: 'Pass --registries pypi, testpypi, npm or a registry URL.' }];
    },
};
/** How a release would authenticate: a token in the --token-env variable, or Trusted Publishing (OIDC). */
const credentialsCheck = {
    id: 'publishing.credentials',
    area: 'publishing',
    async run(input, facts) {
        const out = [];
        if (input.tokenEnv?.set)
            out.push({ check: this.id, status: 'ok', label: 'credentials', summary: `token from $${input.tokenEnv.name}` });
        const oidc = facts.root ? (await readWorkflows(facts.root)).filter((w) => /id-token:\s*write/.test(w.text)).map((w) => w.file) : [];
        if (oidc.length)
            out.push({ check: this.id, status: 'ok', label: 'Trusted Publishing', summary: `${oidc.join(', ')} grant(s) id-token: write (configure the publisher on the registry for that workflow)` });
        if (out.length === 0 && !input.tokenEnv) {
            out.push({ check: this.id, status: 'info', label: 'credentials', summary: 'no workflow grants id-token: write; publish-and-verify needs a token (input pypi-token) then' });
        }
        else if (out.length === 0) {
            out.push({
                check: this.id,
                status: 'warning',
                label: 'credentials',
                summary: `no token in $${input.tokenEnv?.name ?? 'PYPI_TOKEN'} and no workflow with id-token: write`,
                fix: `Export the registry token as ${input.tokenEnv?.name ?? 'PYPI_TOKEN'} (or name another variable with --token-env), or set up Trusted Publishing in the release workflow.`,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/doctor/registry.ts



/**
 * Every check the doctor runs, in report order. To add one, write a `DoctorCheck` in src/doctor/checks/
 * and list it here (or call `registerCheck` at start-up); ids must be unique.
 */
const DOCTOR_CHECKS = [gitCheck, pythonCheck, npmCheck, gitRepositoryCheck, versionSourceCheck, tagStyleCheck, changelogCheck, testCommandCheck, ciConfigCheck, registriesCheck, credentialsCheck];
/** Adds a check (or replaces the one with the same id). */
function registerCheck(check) {
    const i = DOCTOR_CHECKS.findIndex((c) => c.id === check.id);
    if (i >= 0)
        DOCTOR_CHECKS[i] = check;
    else
        DOCTOR_CHECKS.push(check);
}

;// CONCATENATED MODULE: ./src/doctor/doctor.ts














/** Reads the facts the checks share: the repository root and the package (the ecosystems' own detection). */
async function gatherFacts(input) {
    const git = new git_git/* Git */.TU((0,external_node_path_.resolve)(input.dir), input.exec);
    const root = await git.topLevel().catch(() => null);
    const given = input.tagTemplate ? { tagTemplate: input.tagTemplate, tagTemplateSource: '--tag-template' } : { tagTemplate: changelog_tags/* DEFAULT_TAG_TEMPLATE */.y6, tagTemplateSource: 'the default' };
    if (!root)
        return { root: null, ...given };
    try {
        const adapter = await (0,adapters/* detectEcosystem */.WZ)((0,files/* resolveInside */.LI)(root, input.packageDir, 'package-dir'), input.ecosystem);
        const info = await adapter.readPackage(root, input.packageDir);
        // The same rule prepare-release applies: an explicit template wins, then the repository's release config
        // (semantic-release / release-please, commitizen / python-semantic-release), then the existing tags' style.
        const config = input.tagTemplate === undefined && adapter.releaseConfig ? await adapter.releaseConfig(root, input.packageDir, info).catch(() => null) : null;
        const conventions = (await adapter.releaseConventions?.(root, input.packageDir).catch(() => undefined)) ?? {};
        const configured = config?.tagTemplate ? { template: config.tagTemplate, from: config.source } : conventions.tagTemplate;
        const style = (0,tag_style/* chooseTagStyle */.fp)(input.tagTemplate, configured, await (0,tag_list/* listTags */.cB)(git).catch(() => []), info.name, (0,versioning_scheme/* getScheme */.m)(info.scheme));
        const tag = style.source === 'input' ? given : { tagTemplate: style.template, tagTemplateSource: style.source === 'default' ? 'the default' : style.reason.replace(/^inferred from /, '') };
        // The changelog prepare-release would write: the one named, the tool's, else the project's existing one.
        const named = input.changelogFile ? { path: input.changelogFile, from: '--changelog-file' } : conventions.changelogFile;
        const changelog = await (0,locate/* locateChangelog */.v)(root, input.packageDir, named).catch(() => undefined);
        return { root, adapter, info, ...tag, changelog };
    }
    catch (err) {
        return { root, packageError: err, ...given };
    }
}
/** What a release would do: the dry run of prepare-release (writes nothing). */
async function planRelease(input, facts) {
    if (!facts.root || !facts.info)
        return ['No release can be planned until the blockers above are fixed.'];
    try {
        const r = await (0,prepare_release.prepareRelease)({ cwd: facts.root, packageDir: input.packageDir, ecosystem: input.ecosystem, tagTemplate: input.tagTemplate, changelogFile: input.changelogFile, dryRun: true }, { exec: input.exec, logger: log/* silentLogger */.qq });
        const lines = [r.decision.replace(/^Dry run: would /, 'would ')];
        if (r.edits.length)
            lines.push(`would edit ${r.edits.map((e) => e.path).join(', ')}, commit, and tag ${r.context.version?.tag}`);
        if (r.context.version?.released)
            lines.push(`then test, build once, install cleanly, and publish to ${input.registries.length ? input.registries.join(' → ') : '(the registry given with --registries)'}`);
        return lines;
    }
    catch (err) {
        return [`prepare would stop: ${(0,errors/* describeError */.Uc)(err)}`];
    }
}
/**
 * Runs every registered check (or those of the given areas; each one's failure becomes a warning finding,
 * never a crash) and the release plan (unless `plan: false`). Nothing is written anywhere.
 */
async function runDoctor(partial, registered = DOCTOR_CHECKS) {
    const checks = partial.areas ? registered.filter((c) => partial.areas?.includes(c.area)) : registered;
    const input = { packageDir: '.', ecosystem: 'auto', registries: [], exec: exec/* exec */.m0, ...partial };
    const facts = await gatherFacts(input);
    // The checks are independent reads: they run together, and report in registry order.
    const results = await Promise.all(checks.map(async (check) => {
        try {
            return await check.run(input, facts);
        }
        catch (err) {
            return [{ check: check.id, status: 'warning', label: check.id, summary: `check failed: ${(0,errors/* describeError */.Uc)(err)}` }];
        }
    }));
    const findings = results.flat();
    const blocked = findings.some((f) => f.status === 'blocker');
    return { findings, plan: partial.plan === false ? [] : await planRelease(input, facts), blocked };
}
const MARK = { ok: '✔', info: 'ℹ', warning: '⚠', blocker: '✖' };
const AREA_TITLES = { machine: 'This machine', repository: 'The repository', publishing: 'Publishing' };
/** The report as plain text for a terminal: one line a finding, fixes under the ones that need them. */
function renderDoctorText(report, checks = DOCTOR_CHECKS) {
    const lines = [];
    for (const area of ['machine', 'repository', 'publishing']) {
        const ids = new Set(checks.filter((c) => c.area === area).map((c) => c.id));
        const rows = report.findings.filter((f) => ids.has(f.check));
        if (!rows.length)
            continue;
        lines.push(AREA_TITLES[area]);
        for (const f of rows) {
            lines.push(`  ${MARK[f.status]} ${f.label.padEnd(14)} ${f.summary}`);
            if (f.fix && f.status !== 'ok')
                lines.push(`    ${' '.repeat(14)} → ${f.fix}`);
        }
    }
    if (report.plan.length)
        lines.push('What a release would do', ...report.plan.map((p) => `  ${p}`));
    const blockers = report.findings.filter((f) => f.status === 'blocker').length;
    const warnings = report.findings.filter((f) => f.status === 'warning').length;
    lines.push('', blockers ? `✖ ${blockers} blocker(s): fix them before releasing.` : `✔ ready to release${warnings ? ` (${warnings} warning(s))` : ''}.`);
    return lines.join('\n');
}
/** The report as a Markdown table for a job summary (the same findings the CLI prints). */
function renderDoctorMarkdown(report) {
    const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = ['| | check | finding | fix |', '|---|---|---|---|'];
    for (const f of report.findings)
        lines.push(`| ${MARK[f.status]} | ${cell(f.label)} | ${cell(f.summary)} | ${f.status === 'ok' ? '' : cell(f.fix ?? '')} |`);
    return lines.join('\n');
}


/***/ })

};

//# sourceMappingURL=621.index.js.map