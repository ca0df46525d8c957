import { describe, expect, test } from '@jest/globals';
import { isReleaseError } from '../../src/core/errors.js';
import { Git } from '../../src/git/git.js';
import { dropEarlyStreams, streamEarly, streamGitFields } from '../../src/git/log-stream.js';
import { commit, trackRepos } from '../helpers/repo.js';

const repos = trackRepos();

/** Subjects, one field per record, as streamGitFields hands them over. */
const SUBJECTS = ['log', '-z', '--format=%s'];

async function subjects(dir: string, args: string[] = SUBJECTS): Promise<string[]> {
  const out: string[] = [];
  await streamGitFields(new Git(dir), args, 1, (f) => out.push(f[0]));
  return out;
}

/** Starts `args` early and waits for git to have printed everything. */
async function ranEarly(dir: string, args: string[]): Promise<void> {
  const exited = streamEarly(dir, args);
  expect(exited).not.toBeNull();
  await exited;
}

describe('streamEarly (a git log started before it is asked for)', () => {
  test('the first streamGitFields with the same arguments in that directory reads its output, once', async () => {
    const r = await repos.make();
    await commit(r.dir, 'feat: one');
    await commit(r.dir, 'fix: two');
    const live = await subjects(r.dir);
    await ranEarly(r.dir, SUBJECTS);
    expect(await subjects(r.dir)).toEqual(live);
    // Taken: the same command now runs live again.
    await commit(r.dir, 'fix: three');
    expect(await subjects(r.dir)).toEqual(['fix: three', ...live]);
  });

  test('the output is the one git printed when started early (a commit made after it is not in it)', async () => {
    const r = await repos.make();
    await commit(r.dir, 'feat: one');
    const args = [...SUBJECTS, 'HEAD'];
    const before = await subjects(r.dir, args);
    await ranEarly(r.dir, args);
    await commit(r.dir, 'fix: after the early start');
    expect(await subjects(r.dir, args)).toEqual(before);
    expect(await subjects(r.dir, args)).toEqual(['fix: after the early start', ...before]);
  });

  test('another streamed command in that directory drops the early one: its arguments run live afterwards', async () => {
    const r = await repos.make();
    await commit(r.dir, 'feat: one');
    const args = ['log', '-z', '--format=%s', 'HEAD'];
    await ranEarly(r.dir, args);
    await subjects(r.dir, ['log', '-z', '--format=%H']); // a different command: the early guess was wrong
    await commit(r.dir, 'fix: two');
    const now = await subjects(r.dir, args);
    expect(now[0]).toBe('fix: two');
    expect(now).toEqual(await subjects(r.dir));
  });

  test('dropEarlyStreams stops and forgets the early streams of a directory: their arguments run live afterwards', async () => {
    const r = await repos.make();
    await commit(r.dir, 'feat: one');
    const args = [...SUBJECTS, 'HEAD'];
    await ranEarly(r.dir, args);
    dropEarlyStreams(r.dir);
    await commit(r.dir, 'fix: two');
    expect((await subjects(r.dir, args))[0]).toBe('fix: two');
  });

  test('an early git that failed fails the reader as a live one would: GIT_FAILED with its message', async () => {
    const r = await repos.make();
    const args = ['log', '-z', '--format=%s', '--end-of-options', 'no-such-revision', '--'];
    const live = await subjects(r.dir, args).catch((e: unknown) => e);
    await ranEarly(r.dir, args);
    const early = await subjects(r.dir, args).catch((e: unknown) => e);
    expect(isReleaseError(early, 'GIT_FAILED')).toBe(true);
    expect((early as Error).message).toBe((live as Error).message);
    expect((early as Error).message).toContain('git log failed');
  });

  test('a callback that throws, or an abort, ends the read of an early stream as it ends a live one', async () => {
    const r = await repos.make();
    for (let i = 0; i < 3; i++) await commit(r.dir, `fix: ${i}`);
    await ranEarly(r.dir, SUBJECTS);
    let seen = 0;
    await expect(
      streamGitFields(new Git(r.dir), SUBJECTS, 1, () => {
        seen++;
        throw new Error('enough');
      }),
    ).rejects.toThrow('enough');
    expect(seen).toBe(1);
    await ranEarly(r.dir, SUBJECTS);
    const stop = new AbortController();
    let delivered = 0;
    const read = streamGitFields(new Git(r.dir), SUBJECTS, 1, () => {
      delivered++;
      stop.abort();
    }, { signal: stop.signal });
    await expect(read).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(delivered).toBe(1);
  });
});
