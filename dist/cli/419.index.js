export const id = 419;
export const ids = [419];
export const modules = {

/***/ 23419:
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
// EXTERNAL MODULE: ./src/core/files.ts + 1 modules
var files = __webpack_require__(45383);
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
// EXTERNAL MODULE: ./src/versioning/scheme.ts + 4 modules
var versioning_scheme = __webpack_require__(95634);
// EXTERNAL MODULE: ./src/ecosystems/adapters.ts + 3 modules
var adapters = __webpack_require__(6278);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/stages/prepare-release.ts + 21 modules
var prepare_release = __webpack_require__(87652);
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
// EXTERNAL MODULE: ./src/changelog/styled.ts + 1 modules
var styled = __webpack_require__(805);
// EXTERNAL MODULE: ./src/changelog/write.ts
var write = __webpack_require__(38193);
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
        if (facts.changelogTool)
            return [{ check: this.id, status: 'ok', label: 'changelog', summary: `${rel}${how}: written by ${facts.changelogTool}` }];
        // The writer prepare-release uses judges the file, so what the doctor says is what a release does.
        const format = (0,styled/* changelogFormat */.qZ)(rel, text);
        let written;
        try {
            written = (0,write/* writeRelease */.d)(rel, text, { version: '0.0.0', date: '2000-01-01', commits: [], previousTag: null, tag: 'v0.0.0' }).style;
        }
        catch (err) {
            return [{ check: this.id, status: 'warning', label: 'changelog', summary: `${rel}${how}: ${(0,errors/* describeError */.Uc)(err).split(' Fix: ')[0]}`, fix: (0,errors/* isReleaseError */.q8)(err) ? `${err.hint} Or pass --changelog-file with another file.` : 'Pass --changelog-file with another file.' }];
        }
        const kind = written === 'Keep a Changelog' ? 'Keep a Changelog (Markdown)' : written;
        const fresh = written !== 'Keep a Changelog' && (0,styled/* detectStyle */.bg)(text, format) === null ? ', no release headings yet' : '';
        return [{ check: this.id, status: 'ok', label: 'changelog', summary: `${rel}${how}: ${kind}${fresh}` }];
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
            const adapter = await (0,adapters/* getFullAdapter */.xQ)((0,external_node_path_.join)(facts.root, input.packageDir), input.ecosystem);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/runner.ts
var runner = __webpack_require__(4473);
// EXTERNAL MODULE: ./src/ecosystems/npm/oidc.ts
var npm_oidc = __webpack_require__(8754);
// EXTERNAL MODULE: ./src/ecosystems/npm/registry-api.ts
var registry_api = __webpack_require__(29045);
// EXTERNAL MODULE: ./src/ecosystems/trusted-publishing.ts
var trusted_publishing = __webpack_require__(47134);
;// CONCATENATED MODULE: ./src/doctor/checks/trusted-publishing.ts
/**
 * The trusted-publisher prerequisites of PyPI and npm as doctor findings: the same rules publish-and-verify's
 * pre-flight applies (src/ecosystems/trusted-publishing.ts), over the facts a doctor can read. On a runner
 * they come from the job itself (its OIDC endpoint and ID-token claims, GITHUB_WORKFLOW_REF, token
 * variables); elsewhere from the workflow files: each job that publishes, its `id-token` permission, its
 * environment, whether it runs inside a reusable workflow, and tokens it sets up that would take over.
 */











const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const grantsIdToken = (permissions) => permissions === 'write-all' || obj(permissions)['id-token'] === 'write';
const triggers = (doc) => {
    const on = doc.on ?? doc[true];
    return typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(obj(on));
};
const environmentName = (v) => (typeof v === 'string' ? v : typeof obj(v).name === 'string' ? obj(v).name : undefined);
/** A release-relay reusable workflow (any owner: forks rename it) called with `uses:`. */
const RELAY_REUSABLE = /(^|\/)release-relay\/\.github\/workflows\/[^@]+@/;
const PUBLISH_STEP = /(^|\/)(actions\/)?publish-and-verify(@|$)/;
const PUBLISH_RUN = /\brelease-relay\s+(publish|run)\b/;
/** Token-carrying variables an `env:` block sets (names only). */
function tokenVariables(...envs) {
    return envs.flatMap((e) => Object.keys(obj(e))).filter((k) => runner/* NPM_TOKEN_VARIABLES */.U.includes(k));
}
/** Every job of the workflows that publishes a release, with what the registry will see of it. */
function findPublishingJobs(workflows) {
    const docs = workflows.flatMap((w) => {
        try {
            return [{ file: w.file, doc: obj((0,dist.parse)(w.text)) }];
        }
        catch {
            return [];
        }
    });
    // Local reusable workflows and the jobs that call them (`uses: ./.github/workflows/x.yml`).
    const callers = new Map();
    for (const { file, doc } of docs) {
        for (const [name, job] of Object.entries(obj(doc.jobs))) {
            const uses = obj(job).uses;
            if (typeof uses !== 'string' || !uses.startsWith('./'))
                continue;
            const target = uses.slice(2).split('@')[0];
            callers.set(target, [...(callers.get(target) ?? []), { file, job: name, idToken: grantsIdToken(obj(job).permissions ?? doc.permissions) }]);
        }
    }
    const out = [];
    for (const { file, doc } of docs) {
        for (const [name, raw] of Object.entries(obj(doc.jobs))) {
            const job = obj(raw);
            const permissions = job.permissions ?? doc.permissions;
            // A caller of release-relay's reusable workflow that lets it publish (input publish defaults to true).
            if (typeof job.uses === 'string' && RELAY_REUSABLE.test(job.uses)) {
                const inputs = obj(job.with);
                if (inputs.publish === false || inputs.publish === 'false')
                    continue;
                const secrets = job.secrets;
                out.push({
                    where: `${file} › ${name}`,
                    callerFile: file,
                    reusable: job.uses,
                    environment: typeof inputs.environment === 'string' ? inputs.environment : 'pypi',
                    idToken: grantsIdToken(permissions),
                    tokenGiven: secrets === 'inherit' || Boolean(obj(secrets)['registry-token'] || obj(secrets)['pypi-token']),
                    strayTokens: [],
                });
                continue;
            }
            const steps = Array.isArray(job.steps) ? job.steps.map(obj) : [];
            const publish = steps.find((s) => (typeof s.uses === 'string' && PUBLISH_STEP.test(s.uses)) || (typeof s.run === 'string' && PUBLISH_RUN.test(s.run)));
            if (!publish)
                continue;
            const withs = obj(publish.with);
            const tokenGiven = Boolean(withs['registry-token'] || withs['pypi-token']) || (typeof publish.run === 'string' && Object.keys({ ...obj(doc.env), ...obj(job.env), ...obj(publish.env) }).some((k) => /TOKEN/.test(k) && k !== 'GITHUB_TOKEN' && !runner/* NPM_TOKEN_VARIABLES */.U.includes(k)));
            const strayTokens = [
                ...tokenVariables(doc.env, job.env, publish.env).map((v) => `$${v} set in ${file} › ${name}`),
                ...steps.filter((s) => typeof s.uses === 'string' && s.uses.startsWith('actions/setup-node') && obj(s.with)['registry-url']).map(() => `${file} › ${name} (actions/setup-node with registry-url writes an .npmrc token line and a placeholder NODE_AUTH_TOKEN)`),
            ];
            const base = { environment: environmentName(job.environment), tokenGiven, strayTokens };
            const reusableFile = file.replace(/^\.github\/workflows\//, '');
            const calledBy = triggers(doc).includes('workflow_call') ? (callers.get(file) ?? []) : [];
            if (calledBy.length === 0)
                out.push({ ...base, where: `${file} › ${name}`, callerFile: file, idToken: grantsIdToken(permissions) });
            // Inside a local reusable workflow: the job's ID token names the caller's workflow as workflow_ref.
            for (const c of calledBy)
                out.push({ ...base, where: `${c.file} › ${c.job} → ${reusableFile} › ${name}`, callerFile: c.file, reusable: `./${file}`, idToken: c.idToken && (job.permissions === undefined && doc.permissions === undefined ? true : grantsIdToken(permissions)) });
        }
    }
    return out;
}
/** The package's own `repository` field (npm), or undefined when it has none. */
async function packageRepository(dir) {
    const manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
    return manifest.repository;
}
/** The claims of the job's own ID token (to report the environment and job workflow the registry will see). */
async function idTokenClaims(url, token, audience) {
    const res = await fetch(`${url}${url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`, { headers: { Authorization: `bearer ${token}`, Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
    if (!res.ok)
        return {};
    const jwt = (await res.json().catch(() => ({}))).value ?? '';
    try {
        return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
const LABELS = {
    'token-path': 'credentials',
    'no-id-token': 'id-token',
    'publisher-match': 'trusted publisher',
    'pypi-reusable-workflow': 'reusable workflow',
    'npm-cli-too-old': 'npm CLI',
    'npm-stray-token': 'stray token',
    'npm-repository-mismatch': 'repository.url',
    'npm-repository-missing': 'repository.url',
    'npm-first-publish': 'first publish',
};
const STATUS = { error: 'blocker', warning: 'warning', info: 'info' };
/** Trusted publishing (PyPI and npm): what the registry will match, and what would make the OIDC path fail. */
const trustedPublishingCheck = {
    id: 'publishing.trusted-publishing',
    area: 'publishing',
    async run(input, facts) {
        if (!facts.root || !facts.adapter || !facts.info)
            return [];
        const registry = facts.adapter.name === 'npm' ? 'npm' : 'pypi';
        const runner = input.runner;
        const git = new git_git/* Git */.TU(facts.root, input.exec);
        const repository = runner?.repository ?? (0,trusted_publishing/* repositorySlug */.Sv)((await git.remoteUrl('origin').catch(() => null)) ?? undefined);
        const pkgDir = (0,external_node_path_.join)(facts.root, input.packageDir);
        const repoNpmrc = [...new Set([(0,external_node_path_.join)(facts.root, '.npmrc'), (0,external_node_path_.join)(pkgDir, '.npmrc')])];
        const shared = registry === 'npm' ? await npmFacts(input, facts, pkgDir) : {};
        const id = this.id;
        const toFindings = (tp, where) => (0,trusted_publishing/* trustedPublishingFindings */.pd)(tp).map((f) => {
            // This machine's npm is not the runner's: too old here is worth a look, not a blocker.
            const local = f.id === 'npm-cli-too-old' && !runner?.onGitHubActions;
            return { check: id, status: local ? 'warning' : STATUS[f.level], label: LABELS[f.id] ?? f.id, summary: `${local ? `${f.message.replace(/\.$/, '')} (this machine's npm; the job that publishes needs npm ≥ ${trusted_publishing/* NPM_TRUSTED_PUBLISHING_MIN */.vn})` : f.message}${where && !['npm-repository-mismatch', 'npm-repository-missing', 'npm-first-publish', 'npm-cli-too-old'].includes(f.id) ? ` [${where}]` : ''}`, fix: f.hint };
        });
        if (runner?.onGitHubActions) {
            // On the runner: the job's own ID token tells the environment and the job workflow the registry will see.
            const oidc = runner.oidc?.requestUrl && runner.oidc.requestToken ? runner.oidc : undefined;
            const audience = registry === 'npm' ? `npm:${new URL(shared.registryUrl ?? 'https://registry.npmjs.org/').hostname}` : 'pypi';
            const claims = oidc ? await idTokenClaims(oidc.requestUrl, oidc.requestToken, audience).catch(() => ({})) : {};
            const str = (k) => (typeof claims[k] === 'string' ? claims[k] : undefined);
            const strayTokens = registry === 'npm' ? await (0,npm_oidc/* findStrayNpmTokens */.Ug)(runner.npmTokenVariables ?? [], [(0,external_node_path_.join)((0,external_node_os_.homedir)(), '.npmrc'), ...repoNpmrc]) : [];
            return dedupe(toFindings({ registry, idTokenAvailable: Boolean(oidc), tokenGiven: Boolean(input.tokenEnv?.set), repository, workflowRef: runner.workflowRef ?? str('workflow_ref'), jobWorkflowRef: str('job_workflow_ref'), environment: str('environment'), strayTokens, ...shared }));
        }
        const jobs = findPublishingJobs(await readWorkflows(facts.root));
        if (jobs.length === 0) {
            return [{ check: id, status: 'info', label: 'trusted publisher', summary: 'no workflow job publishes with release-relay: the trusted-publisher prerequisites were not checked', fix: 'Copy examples/workflows/release-manual.yml of release-relay to .github/workflows/release.yml (its publish job has `id-token: write`), then run the doctor again.' }];
        }
        const committed = registry === 'npm' ? await (0,npm_oidc/* findStrayNpmTokens */.Ug)([], repoNpmrc) : [];
        const out = jobs.flatMap((job) => toFindings({
            registry,
            idTokenAvailable: job.idToken,
            tokenGiven: job.tokenGiven,
            repository,
            workflowRef: `${repository ?? 'owner/repo'}/${job.callerFile}@HEAD`,
            jobWorkflowRef: job.reusable ? (job.reusable.startsWith('./') ? `${repository ?? 'owner/repo'}/${job.reusable.slice(2)}@HEAD` : job.reusable) : undefined,
            environment: job.environment,
            strayTokens: [...job.strayTokens, ...committed],
            ...shared,
        }, job.where));
        return dedupe(out);
    },
};
/** What npm's rules need about the package: the CLI version, package.json's repository, whether the package exists. */
async function npmFacts(input, facts, pkgDir) {
    const npm = await input.exec('npm', ['--version'], { check: false, timeoutMs: 60_000 }).catch(() => null);
    const name = facts.info?.name;
    const wanted = input.registries[0] ?? 'npm';
    const full = facts.adapter ? await (0,adapters/* withPipeline */.fG)(facts.adapter).catch(() => null) : null;
    const target = full?.registry(wanted);
    const registryUrl = target?.uploadUrl ?? (/^https?:/.test(wanted) ? wanted : 'https://registry.npmjs.org/');
    let packageExists;
    if (name) {
        packageExists = await (0,registry_api/* fetchPackument */.XN)({ registry: registryUrl, name, signal: AbortSignal.timeout(15_000) })
            .then((p) => p !== null)
            .catch(() => undefined);
    }
    return { npmVersion: npm?.code === 0 ? npm.stdout.trim() : undefined, packageRepository: await packageRepository(pkgDir).catch(() => undefined), packageExists, packageName: name, registryUrl };
}
/** One finding per message: several jobs share the package-level ones. */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.label}\n${f.summary}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/doctor/registry.ts




/**
 * Every check the doctor runs, in report order. To add one, write a `DoctorCheck` in src/doctor/checks/
 * and list it here (or call `registerCheck` at start-up); ids must be unique.
 */
const DOCTOR_CHECKS = [gitCheck, pythonCheck, npmCheck, gitRepositoryCheck, versionSourceCheck, tagStyleCheck, changelogCheck, testCommandCheck, ciConfigCheck, registriesCheck, credentialsCheck, trustedPublishingCheck];
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
        const changelogTool = conventions.towncrier && !input.changelogFile ? `towncrier, ${conventions.towncrier.from}` : undefined;
        return { root, adapter, info, ...tag, changelog, changelogTool };
    }
    catch (err) {
        // The changelog is still worth reporting when the package cannot be read (a blocker of its own).
        const named = input.changelogFile ? { path: input.changelogFile, from: '--changelog-file' } : undefined;
        const changelog = await (0,locate/* locateChangelog */.v)(root, input.packageDir, named).catch(() => undefined);
        return { root, packageError: err, ...given, changelog };
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


/***/ }),

/***/ 8754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ npmOidcEnv),
/* harmony export */   IA: () => (/* binding */ checkNpmTrustedPublishing),
/* harmony export */   Ug: () => (/* binding */ findStrayNpmTokens)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _trusted_publishing_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47134);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4473);
/* harmony import */ var _registry_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29045);
/**
 * npm trusted publishing from GitHub Actions: the pre-flight that makes the OIDC path work or says why not
 * (npm CLI ≥ 11.5.1, no token that npm would silently fall back to, package.json naming this repository, the
 * package already on the registry), and the clean environment `npm publish` then runs in. The npm CLI itself
 * asks the runner for an ID token (audience `npm:<registry host>`) and exchanges it at
 * `POST <registry>/-/npm/v1/oidc/token/exchange/package/<name>`.
 */







/** Names (never values) of the places a token is configured: the set token variables and `_authToken` lines of .npmrc files. */
async function findStrayNpmTokens(setVariables, npmrcFiles) {
    const found = setVariables.map((v) => `$${v}`);
    for (const file of npmrcFiles) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => '');
        if (/^\s*[^#;\s].*_auth(Token)?\s*=\s*\S/m.test(text))
            found.push(file);
    }
    return found;
}
/** Claims of a JWT, unverified (only to report what the registry will see). */
function jwtClaims(jwt) {
    try {
        return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/**
 * Runs the prerequisites before `npm publish` through OIDC; logs warnings and what npm will match, and throws
 * NO_CREDENTIALS (nothing published) on the first finding that would make the publish fail.
 */
async function checkNpmTrustedPublishing(opts) {
    const version = (await opts.exec(opts.npm, ['--version'], { check: false, signal: opts.signal, timeoutMs: 60_000 })).stdout.trim();
    // The ID token npm will get carries the environment and job workflow the registry matches; read them to report.
    const audience = `npm:${new URL(opts.registry).hostname}`;
    const url = `${opts.idToken.url}${opts.idToken.url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
    const res = await fetch(url, { headers: { Authorization: `bearer ${opts.idToken.token}`, Accept: 'application/json' }, signal: opts.signal ?? AbortSignal.timeout(30_000) });
    const jwt = res.ok ? (await res.json().catch(() => ({}))).value : undefined;
    if (jwt)
        opts.logger.setSecret(jwt);
    const claims = jwt ? jwtClaims(jwt) : {};
    const packageExists = (await (0,_registry_api_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchPackument */ .XN)({ registry: opts.registry, name: opts.name, signal: opts.signal })) !== null;
    const findings = (0,_trusted_publishing_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedPublishingFindings */ .pd)({
        registry: 'npm',
        idTokenAvailable: Boolean(jwt),
        tokenGiven: false,
        repository: opts.repository ?? (typeof claims.repository === 'string' ? claims.repository : undefined),
        workflowRef: opts.workflowRef ?? (typeof claims.workflow_ref === 'string' ? claims.workflow_ref : undefined),
        jobWorkflowRef: typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : undefined,
        environment: typeof claims.environment === 'string' ? claims.environment : undefined,
        npmVersion: version,
        strayTokens: await findStrayNpmTokens(opts.tokenVariables ?? [], opts.npmrcFiles ?? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.npmrc'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.cwd(), '.npmrc')]),
        packageRepository: opts.manifest.repository,
        packageExists,
        packageName: opts.name,
    });
    for (const f of findings) {
        if (f.level === 'warning')
            opts.logger.warning(`${f.message} ${f.hint ?? ''}`.trim());
        else if (f.level === 'info')
            opts.logger.info(f.message);
    }
    const error = findings.find((f) => f.level === 'error');
    if (error)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ReleaseError */ .K2('NO_CREDENTIALS', error.message, error.hint ?? 'Pass input `registry-token`.');
    return findings;
}
/** The environment `npm publish` runs in for OIDC: the runner's ID-token variables, and no token npm could fall back to. */
function npmOidcEnv(idToken) {
    return {
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: idToken.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken.token,
        NPM_ID_TOKEN: undefined,
        ...Object.fromEntries(_core_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .NPM_TOKEN_VARIABLES */ .U.map((v) => [v, undefined])),
    };
}


/***/ }),

/***/ 29045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ npmRemoteState),
/* harmony export */   NF: () => (/* binding */ sameDist),
/* harmony export */   Ng: () => (/* binding */ NPMJS),
/* harmony export */   SQ: () => (/* binding */ tarballIntegrity),
/* harmony export */   XN: () => (/* binding */ fetchPackument),
/* harmony export */   f1: () => (/* binding */ npmRegistry),
/* harmony export */   fc: () => (/* binding */ fetchTarball),
/* harmony export */   vN: () => (/* binding */ nerfDart)
/* harmony export */ });
/* unused harmony export packumentUrl */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1983);
/**
 * What release-relay reads of an npm registry: the packument (`GET {registry}/{name}`), the integrity of a
 * tarball, and where a registry's auth token goes in an .npmrc.
 */




/** The public npm registry. */
const NPMJS = 'https://registry.npmjs.org/';
/** Resolves `npm` (or `npmjs`) to the public registry, or an http(s) URL to itself with one trailing slash. */
function npmRegistry(nameOrUrl) {
    const v = nameOrUrl.trim();
    if (['npm', 'npmjs', 'registry.npmjs.org'].includes(v.toLowerCase()))
        return { name: 'npm', uploadUrl: NPMJS, indexUrl: NPMJS };
    let url;
    try {
        url = new URL(v);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is neither "npm" nor a URL.`, 'Use npm (https://registry.npmjs.org/) or a registry URL such as https://npm.pkg.github.com/.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('BAD_INPUT', `Input "registries" has "${nameOrUrl}", which is not an http(s) URL.`, 'Use an https:// registry URL.');
    }
    url.search = '';
    url.hash = '';
    const base = `${url.toString().replace(/\/+$/, '')}/`;
    return { name: base === NPMJS ? 'npm' : url.host, uploadUrl: base, indexUrl: base };
}
/** The packument URL of `name` (a scoped name's slash is encoded: `@scope%2fname`). */
function packumentUrl(registry, name) {
    const base = registry.endsWith('/') ? registry : `${registry}/`;
    return `${base}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}
/** The key npm looks an auth token up by (the "nerf dart"): `//host[:port]/path/`. */
function nerfDart(registry) {
    const url = new URL(registry);
    return `//${url.host}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}
/** SRI sha512 integrity (`sha512-<base64>`) and sha1 shasum (hex) of a file, as npm records them in `dist`. */
async function tarballIntegrity(file) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    return { integrity: `sha512-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('base64')}`, shasum: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(bytes).digest('hex') };
}
/** Whether a published `dist` is these bytes: the sha512 integrity when both have it, else the sha1 shasum. */
function sameDist(dist, local) {
    if (!dist)
        return false;
    const sha512 = dist.integrity?.split(/\s+/).find((i) => i.startsWith('sha512-'));
    if (sha512)
        return sha512 === local.integrity;
    return !!dist.shasum && dist.shasum.toLowerCase() === local.shasum;
}
async function get(url, opts, accept) {
    try {
        return await (0,_core_http_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchWithDeadline */ .rQ)(url, { headers: { Accept: accept, ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}) } }, { signal: opts.signal, fetchImpl: opts.fetchImpl, timeoutMs: opts.timeoutMs });
    }
    catch (err) {
        if (opts.signal?.aborted || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2)
            throw err;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('REGISTRY_DOWN', `Could not reach ${url}: ${err.message}`, 'Check the network and input "registries"; the request is retried.', { transient: true, cause: err });
    }
}
function httpError(url, res) {
    const transient = res.status >= 500 || res.status === 429;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ReleaseError */ .K2('REGISTRY_DOWN', `${url} answered ${res.status} ${res.statusText}.`, transient ? 'The registry is having trouble; the request is retried. Check https://status.npmjs.org for the public registry.' : 'Check input "registries" and whether reading this package needs a token.', { transient });
}
/** The packument, or null when the registry does not know the package (404). Throws REGISTRY_DOWN otherwise. */
async function fetchPackument(opts) {
    const url = packumentUrl(opts.registry, opts.name);
    const res = await get(url, opts, 'application/json');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    const body = (await res.json());
    return { name: body.name ?? opts.name, 'dist-tags': body['dist-tags'] ?? {}, versions: body.versions ?? {} };
}
/** The bytes of a published tarball, or null on 404. */
async function fetchTarball(url, opts) {
    const res = await get(url, opts, 'application/octet-stream');
    if (res.status === 404)
        return null;
    if (!res.ok)
        throw httpError(url, res);
    return Buffer.from(await res.arrayBuffer());
}
/**
 * What the registry holds of `version` for each artifact. A registry keeps one tarball per version, so every
 * artifact is compared with it: by sha512 integrity against the local file when `files` names it, else by
 * downloading the published tarball and comparing its sha256 with the approved one.
 */
async function npmRemoteState(opts) {
    const packument = await fetchPackument(opts);
    const entry = packument?.versions[opts.version];
    const out = {};
    let remoteSha256;
    for (const a of opts.artifacts) {
        if (!entry) {
            out[a.file] = 'absent';
            continue;
        }
        const local = opts.files?.find((f) => f === a.file || f.endsWith(`/${a.file}`) || f.endsWith(`\\${a.file}`));
        if (local) {
            out[a.file] = sameDist(entry.dist, await tarballIntegrity(local)) ? 'same' : 'different';
            continue;
        }
        if (remoteSha256 === undefined) {
            const bytes = entry.dist?.tarball ? await fetchTarball(entry.dist.tarball, opts) : null;
            remoteSha256 = bytes ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') : null;
        }
        out[a.file] = remoteSha256 === a.sha256 ? 'same' : 'different';
    }
    return out;
}


/***/ }),

/***/ 40850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolvePython)
/* harmony export */ });
/* harmony import */ var _core_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72642);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * Picks the Python interpreter to run. An explicit choice (input `python`, or RELEASE_RELAY_PYTHON read by the entry) wins
 * and is checked; otherwise the candidates are tried in order and the first that can import every
 * required module is used. On GitHub runners `python3` from setup-python is first and has what it needs;
 * on machines where the first `python3` on PATH lacks the modules, `/usr/bin/python3` is the next try.
 */
async function resolvePython(options = {}) {
    const run = options.exec ?? _core_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0;
    const modules = options.modules ?? [];
    const explicit = options.explicit;
    // `prefer`: the interpreter an earlier step of the same run chose, so one run tests, builds and installs on one Python.
    const candidates = explicit ? [explicit] : [...new Set([...(options.prefer ? [options.prefer] : []), 'python3', '/usr/bin/python3', 'python'])];
    const probe = modules.length ? `import ${modules.join(', ')}` : 'pass';
    const tried = [];
    for (const candidate of candidates) {
        try {
            const r = await run(candidate, ['-c', `${probe}\nimport sys; print(sys.executable)`], { check: false });
            if (r.code === 0)
                return r.stdout.trim().split('\n').pop() || candidate;
            tried.push(`${candidate}: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`);
        }
        catch (err) {
            tried.push(`${candidate}: ${err.message}`);
        }
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseError */ .K2('COMMAND_FAILED', `No Python interpreter with ${modules.length ? modules.join(', ') : 'a working install'} was found (${tried.join('; ')}).`, explicit ? `Install the modules into ${explicit}, or point input "python" at an interpreter that has them.` : 'Set input "python" (or RELEASE_RELAY_PYTHON) to an interpreter that has them, e.g. /usr/bin/python3.');
}


/***/ }),

/***/ 47134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ workflowFile),
/* harmony export */   Sv: () => (/* binding */ repositorySlug),
/* harmony export */   pd: () => (/* binding */ trustedPublishingFindings),
/* harmony export */   vn: () => (/* binding */ NPM_TRUSTED_PUBLISHING_MIN)
/* harmony export */ });
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3872);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Trusted-publisher prerequisites as findings (pure functions over what the caller read): npm CLI version,
 * tokens that would take over from OIDC, package.json's repository, the workflow file and environment the
 * registry will match, PyPI's reusable-workflow limit. publish-and-verify runs them in its pre-flight; a
 * `doctor` check can call them with the same inputs.
 */
// Single functions, not semver's index (which loads every range helper): see versioning/semver.ts.


/** The lowest npm CLI that publishes through npm trusted publishing (OIDC token exchange). */
const NPM_TRUSTED_PUBLISHING_MIN = '11.5.1';
/** `owner/repo` named by a repository URL or shorthand (`git+https://github.com/o/r.git`, `github:o/r`, `o/r`). */
function repositorySlug(value) {
    const raw = typeof value === 'string' ? value : typeof value === 'object' && value && typeof value.url === 'string' ? value.url : undefined;
    if (!raw)
        return undefined;
    const m = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(raw.trim()) ?? /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** The workflow file of a workflow ref (`o/r/.github/workflows/release.yml@refs/heads/main` → `release.yml`). */
function workflowFile(ref) {
    return ref ? /\.github\/workflows\/([^@/]+)@/.exec(ref)?.[1] : undefined;
}
/** Runs every check that applies to `facts`. */
function trustedPublishingFindings(facts) {
    const out = [];
    const name = facts.registry === 'npm' ? 'npm trusted publishing' : 'PyPI Trusted Publishing';
    if (facts.tokenGiven) {
        out.push({ level: 'info', id: 'token-path', message: `Publishing with the token from input registry-token; ${name} is not used.`, hint: facts.registry === 'npm' ? 'Configure a trusted publisher on npmjs.com (package → Settings) and drop the token to publish through OIDC with provenance.' : undefined });
        return out;
    }
    if (!facts.idTokenAvailable) {
        out.push({ level: 'error', id: 'no-id-token', message: `No registry token was given and the job cannot request an OIDC ID token, which ${name} needs.`, hint: 'Grant the publish job `permissions: id-token: write`, or pass input `registry-token`.' });
        return out;
    }
    const file = workflowFile(facts.workflowRef);
    const jobFile = workflowFile(facts.jobWorkflowRef);
    if (file) {
        out.push({ level: 'info', id: 'publisher-match', message: `${name} will match repository ${facts.repository ?? '(unknown)'}, workflow ${file}${facts.environment ? `, environment ${facts.environment}` : ' (no environment)'}.`, hint: 'The trusted publisher configured on the registry must name exactly these.' });
    }
    // Compared by path, not file name: a reusable workflow of another repository may have the caller's file name.
    const jobPath = facts.jobWorkflowRef?.split('@')[0];
    if (facts.registry === 'pypi' && jobFile && file && jobPath !== facts.workflowRef?.split('@')[0]) {
        const reusable = jobPath?.startsWith(`${facts.repository ?? ''}/.github/`) ? jobFile : jobPath;
        out.push({ level: 'error', id: 'pypi-reusable-workflow', message: `This job runs in the reusable workflow ${reusable}, called from ${file}; PyPI matches the publisher on the job's workflow and refuses tokens minted inside a reusable workflow from another file (invalid-publisher).`, hint: 'Run publish-and-verify in a job of the caller\'s workflow (the reusable workflow with `publish: false`), or pass input `registry-token`.' });
    }
    if (facts.registry === 'npm') {
        if (facts.npmVersion && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(facts.npmVersion) && semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_0___default()(facts.npmVersion, NPM_TRUSTED_PUBLISHING_MIN)) {
            out.push({ level: 'error', id: 'npm-cli-too-old', message: `npm ${facts.npmVersion} cannot publish through trusted publishing (it needs npm ≥ ${NPM_TRUSTED_PUBLISHING_MIN}).`, hint: 'Add a step `npm install -g npm@^11.5.1` before publish-and-verify (or actions/setup-node with node-version 24, whose npm is 11), or pass input `registry-token`.' });
        }
        for (const where of facts.strayTokens ?? []) {
            out.push({ level: 'warning', id: 'npm-stray-token', message: `A token is configured in ${where}: npm would fall back to it silently if the OIDC exchange failed, publishing without trusted publishing.`, hint: 'release-relay publishes with a clean npm config (that token is not used); remove it from the workflow, or pass it as input `registry-token` to publish with a token on purpose.' });
        }
        const slug = repositorySlug(facts.packageRepository);
        if (facts.repository && facts.packageRepository !== undefined && slug?.toLowerCase() !== facts.repository.toLowerCase()) {
            out.push({ level: 'error', id: 'npm-repository-mismatch', message: `package.json repository ${JSON.stringify(facts.packageRepository)} does not name ${facts.repository}; npm refuses provenance and trusted publishing from another repository.`, hint: `Set "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } in package.json.` });
        }
        else if (facts.repository && facts.packageRepository === undefined) {
            out.push({ level: 'error', id: 'npm-repository-missing', message: `package.json has no repository; npm trusted publishing and provenance need it to name ${facts.repository}.`, hint: `Add "repository": { "type": "git", "url": "git+https://github.com/${facts.repository}.git" } to package.json.` });
        }
        if (facts.packageExists === false) {
            out.push({ level: 'error', id: 'npm-first-publish', message: `${facts.packageName ?? 'The package'} does not exist on the registry yet; npm trusted publishing can only publish new versions of an existing package.`, hint: 'Publish the first version with a token (input `registry-token`), then configure the trusted publisher on npmjs.com and drop the token.' });
        }
    }
    return out;
}


/***/ })

};

//# sourceMappingURL=419.index.js.map