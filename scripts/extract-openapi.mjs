#!/usr/bin/env node
/**
 * Regenerates tests/fixtures/github-api/openapi-subset.json from GitHub's official OpenAPI description.
 *
 * The full description (@octokit/openapi, 385 MB unpacked) is never a dependency. Fetch it once:
 *   cd /tmp && npm pack @octokit/openapi && tar xzf octokit-openapi-*.tgz package/generated/api.github.com.json package/package.json
 *   node scripts/extract-openapi.mjs /tmp/package/generated/api.github.com.json
 *
 * Keeps only the operations the suite calls, with their parameters, request bodies and responses, plus every
 * component they reference (transitively; $refs are kept, not inlined). Descriptions and examples are dropped
 * to keep the committed file small.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations the suite uses: [method, path]. Keep in step with src/github/. */
export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/commits/{ref}/check-runs'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}/status'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/git/tags'],
  ['get', '/repos/{owner}/{repo}/git/tags/{tag_sha}'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['get', '/repos/{owner}/{repo}/releases'],
  ['post', '/repos/{owner}/{repo}/releases'],
  ['get', '/repos/{owner}/{repo}/releases/tags/{tag}'],
  ['patch', '/repos/{owner}/{repo}/releases/{release_id}'],
  ['get', '/repos/{owner}/{repo}/releases/{release_id}/assets'],
  ['post', '/repos/{owner}/{repo}/releases/{release_id}/assets'],
  // Release PR mode, branch rules and verified commits (src/github/pulls.ts, branch-rules.ts, git-data.ts,
  // artifacts.ts, check-run-report.ts).
  ['get', '/repos/{owner}/{repo}/rules/branches/{branch}'],
  ['get', '/repos/{owner}/{repo}/branches/{branch}/protection'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['post', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['patch', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['put', '/repos/{owner}/{repo}/pulls/{pull_number}/merge'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['post', '/repos/{owner}/{repo}/git/blobs'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
];

const DROP_KEYS = new Set(['description', 'summary', 'examples', 'example', 'externalDocs', 'x-github', 'x-octokit', 'x-github-breaking-changes']);

/** Deep-copies `node`, dropping documentation keys but never a property *named* like one. */
function strip(node, inPropertiesMap = false) {
  if (Array.isArray(node)) return node.map((n) => strip(n));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inPropertiesMap && DROP_KEYS.has(key)) continue;
    out[key] = strip(value, !inPropertiesMap && key === 'properties');
  }
  return out;
}

/** Collects every `#/components/...` $ref reachable from `node`. */
function collectRefs(node, found) {
  if (Array.isArray(node)) {
    for (const n of node) collectRefs(n, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') found.add(value);
    else collectRefs(value, found);
  }
}

function lookup(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`External $ref not supported: ${ref}`);
  let cur = spec;
  for (const part of ref.slice(2).split('/')) {
    cur = cur?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (cur === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return cur;
}

function main() {
  const source = process.argv[2];
  if (!source || !existsSync(source)) {
    console.error('usage: node scripts/extract-openapi.mjs <path to @octokit/openapi generated/api.github.com.json>');
    process.exitCode = 2;
    return;
  }
  const spec = JSON.parse(readFileSync(source, 'utf8'));
  let packageVersion = spec.info?.version ?? 'unknown';
  const pkgJson = join(dirname(source), '..', 'package.json');
  if (existsSync(pkgJson)) packageVersion = JSON.parse(readFileSync(pkgJson, 'utf8')).version ?? packageVersion;

  const paths = {};
  for (const [method, path] of OPERATIONS) {
    const op = spec.paths?.[path]?.[method];
    if (!op) throw new Error(`Operation ${method.toUpperCase()} ${path} not found in ${source}`);
    paths[path] ??= {};
    paths[path][method] = strip(op);
    // Path-level parameters apply to every operation under the path.
    if (spec.paths[path].parameters) paths[path].parameters = strip(spec.paths[path].parameters);
  }

  const components = {};
  const seen = new Set();
  const queue = new Set();
  collectRefs(paths, queue);
  while (queue.size > 0) {
    const [ref] = queue;
    queue.delete(ref);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , kind, name] = ref.split('/');
    const value = strip(lookup(spec, ref), false);
    components[kind] ??= {};
    components[kind][name] = value;
    const more = new Set();
    collectRefs(value, more);
    for (const r of more) if (!seen.has(r)) queue.add(r);
  }
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)));
  }

  const subset = {
    openapi: spec.openapi,
    info: {
      title: 'GitHub REST API subset used by release-relay',
      version: spec.info?.version,
      'x-source': { package: '@octokit/openapi', version: packageVersion, file: 'generated/api.github.com.json' },
    },
    servers: spec.servers,
    paths,
    components,
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const target = resolve(here, '..', 'tests', 'fixtures', 'github-api', 'openapi-subset.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(subset, null, 1)}\n`);
  const size = Buffer.byteLength(JSON.stringify(subset));
  console.log(`wrote ${target}: ${OPERATIONS.length} operations, ${seen.size} components, ${size} bytes (from @octokit/openapi ${packageVersion})`);
}

main();
