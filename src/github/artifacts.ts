import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReleaseError } from '../core/errors.js';
import type { Exec } from '../core/exec.js';
import { githubFailure, type GitHubClient } from './client.js';

/** An Actions artifact found for a commit. */
export interface FoundArtifact {
  id: number;
  name: string;
  runId: number | undefined;
  headSha: string | undefined;
}

/**
 * Finds the newest unexpired artifact called `name` uploaded by a workflow run on `headSha`
 * (`GET /actions/artifacts?name=`), or undefined.
 */
export async function findArtifact(gh: GitHubClient, opts: { owner: string; repo: string; name: string; headSha: string }): Promise<FoundArtifact | undefined> {
  try {
    const { data } = await gh.rest.actions.listArtifactsForRepo({ owner: opts.owner, repo: opts.repo, name: opts.name, per_page: 100 });
    const hit = data.artifacts
      .filter((a) => !a.expired && a.workflow_run?.head_sha === opts.headSha)
      .sort((a, b) => b.id - a.id)[0];
    return hit ? { id: hit.id, name: hit.name, runId: hit.workflow_run?.id, headSha: hit.workflow_run?.head_sha } : undefined;
  } catch (err) {
    throw githubFailure(`listing artifacts named ${opts.name}`, err);
  }
}

/**
 * Downloads an artifact's zip (`GET /actions/artifacts/{id}/zip`, which redirects to the archive) and unpacks
 * it into `dir` with the `unzip` binary (present on GitHub's Linux and macOS runners).
 */
export async function downloadArtifact(gh: GitHubClient, run: Exec, opts: { owner: string; repo: string; id: number; dir: string }): Promise<void> {
  let zip: Buffer;
  try {
    const { data } = await gh.rest.actions.downloadArtifact({ owner: opts.owner, repo: opts.repo, artifact_id: opts.id, archive_format: 'zip' });
    zip = Buffer.from(data as ArrayBuffer);
  } catch (err) {
    throw githubFailure(`downloading artifact ${opts.id}`, err);
  }
  const tmp = await mkdtemp(join(tmpdir(), 'relay-artifact-'));
  try {
    const file = join(tmp, 'artifact.zip');
    await writeFile(file, zip);
    await mkdir(opts.dir, { recursive: true });
    const r = await run('unzip', ['-q', '-o', file, '-d', opts.dir], { check: false });
    if (r.code !== 0) {
      throw new ReleaseError('GITHUB_FAILED', `Could not unpack artifact ${opts.id}: ${r.stderr.trim() || `unzip exited ${r.code}`}.`, 'Install unzip on the runner (GitHub-hosted Linux and macOS runners have it), or download the artifact with actions/download-artifact and pass artifact-dir.');
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
