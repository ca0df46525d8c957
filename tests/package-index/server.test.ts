import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { exec } from '../../src/core/exec.js';
import { silentLogger } from '../../src/core/log.js';
import { twineUpload } from '../../src/ecosystems/python/publish.js';
import { buildTinyDist, SYSTEM_PYTHON, type TinyDist } from '../fixtures/package-index/build-dist.js';
import { startPackageIndex, type PackageIndexFixture } from '../fixtures/package-index/server.js';
import { rejection } from '../helpers/errors.js';

const TWINE = ['/usr/bin/twine'];
const AUTH = `Basic ${Buffer.from('__token__:pypi-test-token').toString('base64')}`;

/** A hand-made upload, for what twine never sends (wrong digests, a second sdist). */
async function rawUpload(index: PackageIndexFixture, fields: Record<string, string>, filename: string, bytes: Buffer, auth = AUTH): Promise<Response> {
  const form = new FormData();
  const withDigest = { sha256_digest: createHash('sha256').update(bytes).digest('hex'), ...fields };
  for (const [k, v] of Object.entries(withDigest)) form.append(k, v);
  form.append('content', new Blob([bytes]), filename);
  return fetch(index.uploadUrl, { method: 'POST', body: form, headers: { Authorization: auth } });
}

async function pipInstall(indexUrl: string, spec: string): Promise<{ code: number; version: string; log: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'relay-pip-'));
  try {
    await exec(SYSTEM_PYTHON, ['-m', 'venv', join(dir, 'venv')]);
    const py = join(dir, 'venv', 'bin', 'python');
    const r = await exec(py, ['-m', 'pip', '--isolated', 'install', '--no-cache-dir', '--disable-pip-version-check', '-v', '--index-url', indexUrl, spec], { check: false, cwd: dir });
    if (r.code !== 0) return { code: r.code, version: '', log: r.stdout + r.stderr };
    const v = await exec(py, ['-c', 'import importlib.metadata as m, relay_demo_pkg; print(m.version("relay-demo-pkg"), relay_demo_pkg.greet("x"))'], { cwd: dir });
    return { code: 0, version: v.stdout.trim(), log: r.stdout + r.stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('package index fixture driven by the real twine and pip', () => {
  let dist: TinyDist;
  let changed: TinyDist;
  let index: PackageIndexFixture;

  beforeAll(async () => {
    dist = await buildTinyDist();
    changed = await buildTinyDist({ marker: 'rebuilt with other bytes' });
    index = await startPackageIndex();
  });
  afterAll(async () => {
    await index?.close();
    await dist?.cleanup();
    await changed?.cleanup();
  });

  test('twine uploads the wheel and the sdist, one call each', async () => {
    const { uploaded } = await twineUpload({ twine: TWINE, repositoryUrl: index.uploadUrl, token: 'pypi-test-token', files: [dist.wheel, dist.sdist], exec, logger: silentLogger });
    expect(uploaded).toEqual([dist.wheel, dist.sdist]);
    const release = index.files.get('relay-demo-pkg')?.get('0.1.0');
    expect([...(release?.keys() ?? [])].sort()).toEqual([basename(dist.sdist), basename(dist.wheel)].sort());
    expect(release?.get(basename(dist.wheel))?.filetype).toBe('bdist_wheel');
    expect(release?.get(basename(dist.sdist))?.filetype).toBe('sdist');
    expect(index.uploads.map((u) => u.status)).toEqual([200, 200]);
    // twine sent a blake2_256 digest and the fixture's own BLAKE2b-256 agreed with it; cross-check with Python.
    const py = await exec(SYSTEM_PYTHON, ['-c', 'import hashlib,sys; print(hashlib.blake2b(open(sys.argv[1],"rb").read(), digest_size=32).hexdigest())', dist.wheel]);
    expect(release?.get(basename(dist.wheel))?.blake2_256).toBe(py.stdout.trim());
  });

  test('the JSON API lists both files with digests, redirects non-normalized names, 404s unknown versions', async () => {
    const res = await fetch(`${index.url}/pypi/relay-demo-pkg/0.1.0/json`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { info: { name: string; version: string }; urls: { filename: string; digests: { sha256: string }; packagetype: string; size: number; url: string; yanked: boolean }[] };
    expect(body.info).toMatchObject({ name: 'relay-demo-pkg', version: '0.1.0' });
    for (const a of dist.artifacts) {
      const u = body.urls.find((x) => x.filename === a.file);
      expect(u).toMatchObject({ digests: { sha256: a.sha256 }, size: a.size, yanked: false });
      const download = Buffer.from(await (await fetch(u!.url)).arrayBuffer());
      expect(download.length).toBe(a.size);
    }
    const redirect = await fetch(`${index.url}/pypi/Relay_Demo.Pkg/0.1.0/json`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/pypi/relay-demo-pkg/0.1.0/json');
    expect((await fetch(`${index.url}/pypi/relay-demo-pkg/9.9.9/json`)).status).toBe(404);
    expect((await fetch(`${index.url}/pypi/no-such-project/json`)).status).toBe(404);
    const project = (await (await fetch(`${index.url}/pypi/relay-demo-pkg/json`)).json()) as { releases: Record<string, unknown[]> };
    expect(Object.keys(project.releases)).toEqual(['0.1.0']);
  });

  test('the simple index answers PEP 691 JSON or PEP 503 HTML by Accept, and redirects to the normalized name', async () => {
    const json = await fetch(`${index.simpleUrl}relay-demo-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
    expect(json.headers.get('content-type')).toContain('application/vnd.pypi.simple.v1+json');
    const j = (await json.json()) as { meta: { 'api-version': string }; name: string; files: { filename: string; hashes: { sha256: string } }[] };
    expect(j.meta['api-version']).toMatch(/^1\./);
    expect(j.name).toBe('relay-demo-pkg');
    expect(j.files.map((f) => [f.filename, f.hashes.sha256]).sort()).toEqual(dist.artifacts.map((a) => [a.file, a.sha256]).sort());
    const html = await (await fetch(`${index.simpleUrl}relay-demo-pkg/`)).text();
    for (const a of dist.artifacts) expect(html).toMatch(new RegExp(`#sha256=${a.sha256}"[^>]*>${a.file.replace(/\./g, '\\.')}</a>`));
    const moved = await fetch(`${index.simpleUrl}Relay_Demo.PKG/`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/simple/relay-demo-pkg/');
    expect(await (await fetch(index.simpleUrl)).text()).toContain('href="/simple/relay-demo-pkg/"');
    expect((await fetch(`${index.simpleUrl}no-such-project/`)).status).toBe(404);
  });

  test('real pip installs the release through PEP 691 JSON', async () => {
    const hits = index.simpleHits.length;
    const r = await pipInstall(index.simpleUrl, 'relay-demo-pkg==0.1.0');
    expect(r.log).toContain(basename(dist.wheel));
    expect(index.simpleHits.slice(hits)).toEqual([{ project: 'relay-demo-pkg', format: 'json' }]);
    expect(r.code).toBe(0);
    expect(r.version).toBe('0.1.0 hello x');
  });

  test('real pip installs the release through PEP 503 HTML when the index offers no JSON', async () => {
    const htmlOnly = await startPackageIndex({ pep691: false });
    try {
      for (const a of dist.artifacts) htmlOnly.seed('relay-demo-pkg', '0.1.0', a.file, await readFile(join(dist.distDir, a.file)));
      const accept = await fetch(`${htmlOnly.simpleUrl}relay-demo-pkg/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } });
      expect(accept.headers.get('content-type')).toContain('text/html');
      const r = await pipInstall(htmlOnly.simpleUrl, 'relay-demo-pkg==0.1.0');
      expect(htmlOnly.simpleHits.at(-1)).toEqual({ project: 'relay-demo-pkg', format: 'html' });
      expect(r.code).toBe(0);
      expect(r.version).toBe('0.1.0 hello x');
    } finally {
      await htmlOnly.close();
    }
  });

  test('re-uploading identical bytes is a 200 no-op', async () => {
    const before = index.files.get('relay-demo-pkg')?.get('0.1.0')?.get(basename(dist.wheel))?.uploadedAt;
    const n = index.uploads.length;
    await twineUpload({ twine: TWINE, repositoryUrl: index.uploadUrl, token: 'pypi-test-token', files: [dist.wheel], exec, logger: silentLogger });
    expect(index.uploads.slice(n)).toEqual([{ filename: basename(dist.wheel), status: 200 }]);
    expect(index.files.get('relay-demo-pkg')?.get('0.1.0')?.get(basename(dist.wheel))?.uploadedAt).toBe(before);
  });

  test('the same file name with other bytes is refused with 400 and classified ALREADY_PUBLISHED_DIFFERENT', async () => {
    expect(changed.artifacts[0].file).toBe(dist.artifacts[0].file);
    expect(changed.artifacts[0].sha256).not.toBe(dist.artifacts[0].sha256);
    const err = await rejection(twineUpload({ twine: TWINE, repositoryUrl: index.uploadUrl, token: 'pypi-test-token', files: [changed.wheel], exec, logger: silentLogger }), 'ALREADY_PUBLISHED_DIFFERENT');
    expect(err.message).toContain(`File already exists ('${basename(changed.wheel)}', with blake2_256 hash '${index.files.get('relay-demo-pkg')?.get('0.1.0')?.get(basename(dist.wheel))?.blake2_256}'). See https://pypi.org/help/#file-name-reuse`);
    expect(err.transient).toBe(false);
    expect(index.uploads.at(-1)).toEqual({ filename: basename(changed.wheel), status: 400 });
    // The status line carries warehouse's reason too.
    const raw = await rawUpload(index, { ':action': 'file_upload', protocol_version: '1', name: 'relay-demo-pkg', version: '0.1.0', filetype: 'bdist_wheel', pyversion: 'py3', metadata_version: '2.1' }, basename(changed.wheel), await readFile(changed.wheel));
    expect(raw.status).toBe(400);
    expect(raw.statusText).toMatch(/^File already exists \('relay_demo_pkg-0\.1\.0-py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)\. See https:\/\/pypi\.org\/help\/#file-name-reuse/);
  });

  test('a bad token is refused with 403 and classified NO_CREDENTIALS', async () => {
    const err = await rejection(twineUpload({ twine: TWINE, repositoryUrl: index.uploadUrl, token: 'pypi-wrong', files: [dist.sdist], exec, logger: silentLogger }), 'NO_CREDENTIALS');
    expect(err.message).not.toContain('pypi-wrong');
    expect(index.uploads.at(-1)?.status).toBe(403);
  });

  test('a wrong sha256_digest is refused with 400 before anything is stored', async () => {
    const bytes = await readFile(dist.wheel);
    const res = await rawUpload(
      index,
      { ':action': 'file_upload', protocol_version: '1', name: 'relay-demo-pkg', version: '0.2.0', filetype: 'bdist_wheel', pyversion: 'py3', metadata_version: '2.1', sha256_digest: '0'.repeat(64) },
      'relay_demo_pkg-0.2.0-py3-none-any.whl',
      bytes,
    );
    expect(res.status).toBe(400);
    expect(res.statusText).toBe('The digest supplied does not match a digest calculated from the uploaded file.');
    expect(index.files.get('relay-demo-pkg')?.has('0.2.0')).toBe(false);
  });

  test('a second sdist for one release is refused with 400; no auth header is refused with 403', async () => {
    const fields = { ':action': 'file_upload', protocol_version: '1', name: 'relay-demo-pkg', version: '0.1.0', filetype: 'sdist', pyversion: 'source', metadata_version: '2.1' };
    const second = await rawUpload(index, fields, 'relay_demo_pkg-0.1.0.zip', Buffer.from('another sdist'));
    expect(second.status).toBe(400);
    expect(second.statusText).toContain('Only one sdist');
    const anonymous = await rawUpload(index, fields, 'relay_demo_pkg-0.1.0.zip', Buffer.from('x'), '');
    expect(anonymous.status).toBe(403);
    expect(anonymous.statusText).toBe('Invalid or non-existent authentication information.');
  });
});
