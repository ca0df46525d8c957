import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureAnnotatedTag, ensureDraftRelease, findRelease, publishRelease, tagTarget, uploadAssetIfMissing } from '../../src/github/releases.js';
import { sha, startTestbed, type GitHubTestbed } from '../helpers/github.js';
import { rejection } from '../helpers/errors.js';

let tb: GitHubTestbed;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rr-gh-releases-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  tb = await startTestbed();
});
afterEach(async () => {
  expect(tb.server.violations).toEqual([]);
  await tb.server.close();
});

const RELEASE_SHA = sha('b');
const repo = (): { owner: string; repo: string } => ({ owner: tb.owner, repo: tb.repo });
const draftOpts = () => ({ ...repo(), tag: 'v1.4.0', name: 'v1.4.0', body: '## Added\n- things', prerelease: false, retryDelayMs: 1 });

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('ensureAnnotatedTag', () => {
  test('creates an annotated tag (tag object + ref), re-runs are a no-op', async () => {
    const first = await ensureAnnotatedTag(tb.gh, { ...repo(), tag: 'v1.4.0', sha: RELEASE_SHA, message: 'Release 1.4.0' });
    expect(first).toEqual({ created: true });
    const ref = tb.server.state.refs.get('refs/tags/v1.4.0');
    expect(ref?.type).toBe('tag');
    const tagObject = tb.server.state.tags.get(ref?.sha ?? '');
    expect(tagObject).toMatchObject({ tag: 'v1.4.0', message: 'Release 1.4.0', object: { sha: RELEASE_SHA, type: 'commit' } });

    const again = await ensureAnnotatedTag(tb.gh, { ...repo(), tag: 'v1.4.0', sha: RELEASE_SHA, message: 'Release 1.4.0' });
    expect(again).toEqual({ created: false });
    expect(tb.server.state.tags.size).toBe(1);
    expect(await tagTarget(tb.gh, { ...repo(), tag: 'v1.4.0' })).toBe(RELEASE_SHA);
  });

  test('a tag on another commit is TAG_EXISTS', async () => {
    await ensureAnnotatedTag(tb.gh, { ...repo(), tag: 'v1.4.0', sha: sha('c'), message: 'old' });
    const err = await rejection(ensureAnnotatedTag(tb.gh, { ...repo(), tag: 'v1.4.0', sha: RELEASE_SHA, message: 'Release 1.4.0' }), 'TAG_EXISTS');
    expect(err.message).toContain(sha('c'));
  });

  test('a lightweight tag on the same commit is accepted', async () => {
    await tb.gh.rest.git.createRef({ ...repo(), ref: 'refs/tags/v1.4.0', sha: RELEASE_SHA });
    expect(await ensureAnnotatedTag(tb.gh, { ...repo(), tag: 'v1.4.0', sha: RELEASE_SHA, message: 'm' })).toEqual({ created: false });
  });

  test('a ref create retried after a lost response meets 422 "Reference already exists" and verifies it', async () => {
    tb.server.failNext({ method: 'POST', match: '/git/refs', status: 502, times: 1, afterHandling: true });
    const result = await ensureAnnotatedTag(tb.gh, { ...repo(), tag: 'v1.4.0', sha: RELEASE_SHA, message: 'Release 1.4.0' });
    expect(result.created).toBe(false);
    expect(tb.server.requests.filter((r) => r.path.endsWith('/git/refs')).map((r) => r.status)).toEqual([502, 422]);
    expect(await tagTarget(tb.gh, { ...repo(), tag: 'v1.4.0' })).toBe(RELEASE_SHA);
  });
});

describe('releases', () => {
  test('creates a draft, finds it again on a re-run by listing (GET /releases/tags does not see drafts)', async () => {
    const draft = await ensureDraftRelease(tb.gh, draftOpts());
    expect(draft).toMatchObject({ tag_name: 'v1.4.0', draft: true, body: '## Added\n- things' });
    await expect(tb.gh.rest.repos.getReleaseByTag({ ...repo(), tag: 'v1.4.0' })).rejects.toMatchObject({ status: 404 });

    const again = await ensureDraftRelease(tb.gh, draftOpts());
    expect(again.id).toBe(draft.id);
    expect(tb.server.state.releases).toHaveLength(1);
    expect(tb.server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/releases')).length).toBeGreaterThanOrEqual(2);
  });

  test('a create whose response was lost is found again instead of failing or duplicating', async () => {
    tb.server.failNext({ method: 'POST', match: /\/releases$/, status: 502, times: 1, afterHandling: true });
    const draft = await ensureDraftRelease(tb.gh, draftOpts());
    expect(draft.draft).toBe(true);
    expect(tb.server.state.releases).toHaveLength(1);
  });

  test('a second create for the tag answers 422 already_exists', async () => {
    await ensureDraftRelease(tb.gh, draftOpts());
    await expect(tb.gh.rest.repos.createRelease({ ...repo(), tag_name: 'v1.4.0', draft: true, request: { retries: 0 } as object })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } },
    });
  });

  test('uploads assets, skips identical ones, refuses different bytes under the same name', async () => {
    const release = await ensureDraftRelease(tb.gh, draftOpts());
    const wheel = await file('pkg-1.4.0-py3-none-any.whl', 'wheel bytes');
    expect(await uploadAssetIfMissing(tb.gh, { ...repo(), release, filePath: wheel, contentType: 'application/zip' })).toEqual({ uploaded: true });
    const stored = tb.server.state.assets.get(release.id) ?? [];
    expect(stored).toHaveLength(1);
    expect(stored[0].bytes.toString()).toBe('wheel bytes');
    expect(stored[0].asset).toMatchObject({ name: 'pkg-1.4.0-py3-none-any.whl', content_type: 'application/zip', size: 11 });
    expect(stored[0].asset.digest).toBe(`sha256:${createHash('sha256').update('wheel bytes').digest('hex')}`);

    expect(await uploadAssetIfMissing(tb.gh, { ...repo(), release, filePath: wheel })).toEqual({ uploaded: false });

    const impostor = await file('other.whl', 'WHEEL BYTES');
    await rejection(uploadAssetIfMissing(tb.gh, { ...repo(), release, filePath: impostor, name: 'pkg-1.4.0-py3-none-any.whl' }), 'ALREADY_PUBLISHED_DIFFERENT');
    expect(tb.server.state.assets.get(release.id)?.[0].bytes.toString()).toBe('wheel bytes');
  });

  test('an upload retried after a lost response meets 422 already_exists and verifies the bytes', async () => {
    const release = await ensureDraftRelease(tb.gh, draftOpts());
    const sdist = await file('pkg-1.4.0.tar.gz', 'sdist bytes');
    tb.server.failNext({ method: 'POST', match: /\/assets$/, status: 502, times: 1, afterHandling: true });
    expect(await uploadAssetIfMissing(tb.gh, { ...repo(), release, filePath: sdist })).toEqual({ uploaded: false });
    expect(tb.server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/assets')).map((r) => r.status)).toEqual([502, 422]);
    expect(tb.server.state.assets.get(release.id)).toHaveLength(1);
  });

  test('publishes the draft with make_latest; then it is found by tag and its assets download', async () => {
    const release = await ensureDraftRelease(tb.gh, draftOpts());
    const wheel = await file('pkg-1.4.0-py3-none-any.whl', 'wheel bytes');
    await uploadAssetIfMissing(tb.gh, { ...repo(), release, filePath: wheel });
    const { url } = await publishRelease(tb.gh, { ...repo(), release, makeLatest: 'true', body: 'final notes' });
    expect(url).toBe(`${tb.server.url}/octo-org/octo-pkg/releases/tag/v1.4.0`);
    expect(tb.server.state.latestReleaseId).toBe(release.id);

    const published = await findRelease(tb.gh, { ...repo(), tag: 'v1.4.0' });
    expect(published).toMatchObject({ id: release.id, draft: false, body: 'final notes' });
    const download = await fetch(published?.assets[0].browser_download_url ?? '');
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('wheel bytes');

    // A re-run finds the published release and does not create another draft.
    const rerun = await ensureDraftRelease(tb.gh, draftOpts());
    expect(rerun).toMatchObject({ id: release.id, draft: false });
    expect(tb.server.state.releases).toHaveLength(1);
  });

  test("make_latest 'false' leaves the latest release alone", async () => {
    const release = await ensureDraftRelease(tb.gh, { ...draftOpts(), tag: 'v1.3.1', name: 'v1.3.1' });
    await publishRelease(tb.gh, { ...repo(), release, makeLatest: 'false' });
    expect(tb.server.state.latestReleaseId).toBeUndefined();
    expect(tb.server.state.releases[0].draft).toBe(false);
  });
});
