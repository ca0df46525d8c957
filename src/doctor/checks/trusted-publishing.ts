/**
 * The trusted-publisher prerequisites of PyPI and npm as doctor findings: the same rules publish-and-verify's
 * pre-flight applies (src/ecosystems/trusted-publishing.ts), over the facts a doctor can read. On a runner
 * they come from the job itself (its OIDC endpoint and ID-token claims, GITHUB_WORKFLOW_REF, token
 * variables); elsewhere from the workflow files: each job that publishes, its `id-token` permission, its
 * environment, whether it runs inside a reusable workflow, and tokens it sets up that would take over.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { NPM_TOKEN_VARIABLES } from '../../core/runner.js';
import { Git } from '../../git/git.js';
import { findStrayNpmTokens } from '../../ecosystems/npm/oidc.js';
import { fetchPackument } from '../../ecosystems/npm/registry-api.js';
import { NPM_TRUSTED_PUBLISHING_MIN, repositorySlug, trustedPublishingFindings, type TrustedPublishingFacts, type TrustedPublishingFinding } from '../../ecosystems/trusted-publishing.js';
import { withPipeline } from '../../ecosystems/adapters.js';
import type { DoctorCheck, DoctorFacts, DoctorInput, Finding } from '../types.js';
import { readWorkflows } from './repository.js';

/** A job that publishes, as the workflow files describe it. */
export interface PublishingJob {
  /** Where it is written: `.github/workflows/release.yml › publish`. */
  where: string;
  /** The workflow file the registry matches: the caller's (`.github/workflows/release.yml`). */
  callerFile: string;
  /** The workflow the publishing steps run in when it is not the caller's: `./.github/workflows/x.yml` or `owner/repo/.github/workflows/x.yml@ref`. */
  reusable?: string;
  environment?: string;
  idToken: boolean;
  tokenGiven: boolean;
  /** Tokens the job sets up that npm would use instead of OIDC. */
  strayTokens: string[];
}

type Yaml = Record<string, unknown>;
const obj = (v: unknown): Yaml => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Yaml) : {});
const grantsIdToken = (permissions: unknown): boolean => permissions === 'write-all' || obj(permissions)['id-token'] === 'write';
const triggers = (doc: Yaml): string[] => {
  const on = doc.on ?? doc[true as unknown as string];
  return typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(obj(on));
};
const environmentName = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof obj(v).name === 'string' ? (obj(v).name as string) : undefined);
/** A release-relay reusable workflow (any owner: forks rename it) called with `uses:`. */
const RELAY_REUSABLE = /(^|\/)release-relay\/\.github\/workflows\/[^@]+@/;
const PUBLISH_STEP = /(^|\/)(actions\/)?publish-and-verify(@|$)/;
const PUBLISH_RUN = /\brelease-relay\s+(publish|run)\b/;

/** Token-carrying variables an `env:` block sets (names only). */
function tokenVariables(...envs: unknown[]): string[] {
  return envs.flatMap((e) => Object.keys(obj(e))).filter((k) => NPM_TOKEN_VARIABLES.includes(k));
}

/** Every job of the workflows that publishes a release, with what the registry will see of it. */
export function findPublishingJobs(workflows: { file: string; text: string }[]): PublishingJob[] {
  const docs = workflows.flatMap((w) => {
    try {
      return [{ file: w.file, doc: obj(parseYaml(w.text)) }];
    } catch {
      return [];
    }
  });
  // Local reusable workflows and the jobs that call them (`uses: ./.github/workflows/x.yml`).
  const callers = new Map<string, { file: string; job: string; idToken: boolean }[]>();
  for (const { file, doc } of docs) {
    for (const [name, job] of Object.entries(obj(doc.jobs))) {
      const uses = obj(job).uses;
      if (typeof uses !== 'string' || !uses.startsWith('./')) continue;
      const target = uses.slice(2).split('@')[0];
      callers.set(target, [...(callers.get(target) ?? []), { file, job: name, idToken: grantsIdToken(obj(job).permissions ?? doc.permissions) }]);
    }
  }
  const out: PublishingJob[] = [];
  for (const { file, doc } of docs) {
    for (const [name, raw] of Object.entries(obj(doc.jobs))) {
      const job = obj(raw);
      const permissions = job.permissions ?? doc.permissions;
      // A caller of release-relay's reusable workflow that lets it publish (input publish defaults to true).
      if (typeof job.uses === 'string' && RELAY_REUSABLE.test(job.uses)) {
        const inputs = obj(job.with);
        if (inputs.publish === false || inputs.publish === 'false') continue;
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
      if (!publish) continue;
      const withs = obj(publish.with);
      const tokenGiven = Boolean(withs['registry-token'] || withs['pypi-token']) || (typeof publish.run === 'string' && Object.keys({ ...obj(doc.env), ...obj(job.env), ...obj(publish.env) }).some((k) => /TOKEN/.test(k) && k !== 'GITHUB_TOKEN' && !NPM_TOKEN_VARIABLES.includes(k)));
      const strayTokens = [
        ...tokenVariables(doc.env, job.env, publish.env).map((v) => `$${v} set in ${file} › ${name}`),
        ...steps.filter((s) => typeof s.uses === 'string' && s.uses.startsWith('actions/setup-node') && obj(s.with)['registry-url']).map(() => `${file} › ${name} (actions/setup-node with registry-url writes an .npmrc token line and a placeholder NODE_AUTH_TOKEN)`),
      ];
      const base = { environment: environmentName(job.environment), tokenGiven, strayTokens };
      const reusableFile = file.replace(/^\.github\/workflows\//, '');
      const calledBy = triggers(doc).includes('workflow_call') ? (callers.get(file) ?? []) : [];
      if (calledBy.length === 0) out.push({ ...base, where: `${file} › ${name}`, callerFile: file, idToken: grantsIdToken(permissions) });
      // Inside a local reusable workflow: the job's ID token names the caller's workflow as workflow_ref.
      for (const c of calledBy) out.push({ ...base, where: `${c.file} › ${c.job} → ${reusableFile} › ${name}`, callerFile: c.file, reusable: `./${file}`, idToken: c.idToken && (job.permissions === undefined && doc.permissions === undefined ? true : grantsIdToken(permissions)) });
    }
  }
  return out;
}

/** The package's own `repository` field (npm), or undefined when it has none. */
async function packageRepository(dir: string): Promise<unknown> {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { repository?: unknown };
  return manifest.repository;
}

/** The claims of the job's own ID token (to report the environment and job workflow the registry will see). */
async function idTokenClaims(url: string, token: string, audience: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}${url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`, { headers: { Authorization: `bearer ${token}`, Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
  if (!res.ok) return {};
  const jwt = ((await res.json().catch(() => ({}))) as { value?: string }).value ?? '';
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const LABELS: Record<string, string> = {
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
const STATUS: Record<TrustedPublishingFinding['level'], Finding['status']> = { error: 'blocker', warning: 'warning', info: 'info' };

/** Trusted publishing (PyPI and npm): what the registry will match, and what would make the OIDC path fail. */
export const trustedPublishingCheck: DoctorCheck = {
  id: 'publishing.trusted-publishing',
  area: 'publishing',
  async run(input, facts) {
    if (!facts.root || !facts.adapter || !facts.info) return [];
    const registry = facts.adapter.name === 'npm' ? 'npm' : 'pypi';
    const runner = input.runner;
    const git = new Git(facts.root, input.exec);
    const repository = runner?.repository ?? repositorySlug((await git.remoteUrl('origin').catch(() => null)) ?? undefined);
    const pkgDir = join(facts.root, input.packageDir);
    const repoNpmrc = [...new Set([join(facts.root, '.npmrc'), join(pkgDir, '.npmrc')])];
    const shared = registry === 'npm' ? await npmFacts(input, facts, pkgDir) : {};
    const id = this.id;
    const toFindings = (tp: TrustedPublishingFacts, where?: string): Finding[] =>
      trustedPublishingFindings(tp).map((f) => {
        // This machine's npm is not the runner's: too old here is worth a look, not a blocker.
        const local = f.id === 'npm-cli-too-old' && !runner?.onGitHubActions;
        return { check: id, status: local ? 'warning' : STATUS[f.level], label: LABELS[f.id] ?? f.id, summary: `${local ? `${f.message.replace(/\.$/, '')} (this machine's npm; the job that publishes needs npm ≥ ${NPM_TRUSTED_PUBLISHING_MIN})` : f.message}${where && !['npm-repository-mismatch', 'npm-repository-missing', 'npm-first-publish', 'npm-cli-too-old'].includes(f.id) ? ` [${where}]` : ''}`, fix: f.hint };
      });

    if (runner?.onGitHubActions) {
      // On the runner: the job's own ID token tells the environment and the job workflow the registry will see.
      const oidc = runner.oidc?.requestUrl && runner.oidc.requestToken ? runner.oidc : undefined;
      const audience = registry === 'npm' ? `npm:${new URL(shared.registryUrl ?? 'https://registry.npmjs.org/').hostname}` : 'pypi';
      const claims = oidc ? await idTokenClaims(oidc.requestUrl as string, oidc.requestToken as string, audience).catch(() => ({}) as Record<string, unknown>) : {};
      const str = (k: string): string | undefined => (typeof claims[k] === 'string' ? (claims[k] as string) : undefined);
      const strayTokens = registry === 'npm' ? await findStrayNpmTokens(runner.npmTokenVariables ?? [], [join(homedir(), '.npmrc'), ...repoNpmrc]) : [];
      return dedupe(toFindings({ registry, idTokenAvailable: Boolean(oidc), tokenGiven: Boolean(input.tokenEnv?.set), repository, workflowRef: runner.workflowRef ?? str('workflow_ref'), jobWorkflowRef: str('job_workflow_ref'), environment: str('environment'), strayTokens, ...shared }));
    }

    const jobs = findPublishingJobs(await readWorkflows(facts.root));
    if (jobs.length === 0) {
      return [{ check: id, status: 'info', label: 'trusted publisher', summary: 'no workflow job publishes with release-relay: the trusted-publisher prerequisites were not checked', fix: 'Copy examples/workflows/release-manual.yml of release-relay to .github/workflows/release.yml (its publish job has `id-token: write`), then run the doctor again.' }];
    }
    const committed = registry === 'npm' ? await findStrayNpmTokens([], repoNpmrc) : [];
    const out = jobs.flatMap((job) =>
      toFindings(
        {
          registry,
          idTokenAvailable: job.idToken,
          tokenGiven: job.tokenGiven,
          repository,
          workflowRef: `${repository ?? 'owner/repo'}/${job.callerFile}@HEAD`,
          jobWorkflowRef: job.reusable ? (job.reusable.startsWith('./') ? `${repository ?? 'owner/repo'}/${job.reusable.slice(2)}@HEAD` : job.reusable) : undefined,
          environment: job.environment,
          strayTokens: [...job.strayTokens, ...committed],
          ...shared,
        },
        job.where,
      ),
    );
    return dedupe(out);
  },
};

/** What npm's rules need about the package: the CLI version, package.json's repository, whether the package exists. */
async function npmFacts(input: DoctorInput, facts: DoctorFacts, pkgDir: string): Promise<Partial<TrustedPublishingFacts> & { registryUrl?: string }> {
  const npm = await input.exec('npm', ['--version'], { check: false, timeoutMs: 60_000 }).catch(() => null);
  const name = facts.info?.name;
  const wanted = input.registries[0] ?? 'npm';
  const full = facts.adapter ? await withPipeline(facts.adapter).catch(() => null) : null;
  const target = full?.registry(wanted);
  const registryUrl = target?.uploadUrl ?? (/^https?:/.test(wanted) ? wanted : 'https://registry.npmjs.org/');
  let packageExists: boolean | undefined;
  if (name) {
    packageExists = await fetchPackument({ registry: registryUrl, name, signal: AbortSignal.timeout(15_000) })
      .then((p) => p !== null)
      .catch(() => undefined);
  }
  return { npmVersion: npm?.code === 0 ? npm.stdout.trim() : undefined, packageRepository: await packageRepository(pkgDir).catch(() => undefined), packageExists, packageName: name, registryUrl };
}

/** One finding per message: several jobs share the package-level ones. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.label}\n${f.summary}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
