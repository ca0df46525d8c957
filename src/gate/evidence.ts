import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ReleaseError } from '../core/errors.js';

/** The manifest a gate run leaves next to its test evidence. */
const MANIFEST = 'evidence.json';

/** What one test run left as evidence: the JUnit XML and, when there is one, the coverage report. */
export interface TestEvidence {
  junitFile: string;
  coverageFile?: string;
}

/**
 * Copies a test run's JUnit XML and coverage report into `dir` with a small manifest, so that a later gate
 * of the same commit (the reusable workflow's build job) judges the same run instead of running the suite
 * again. Files the run did not write are left out.
 */
export async function saveTestEvidence(dir: string, evidence: TestEvidence): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest: { junit?: string; coverage?: string } = {};
  if (await exists(evidence.junitFile)) {
    await copyFile(evidence.junitFile, join(dir, 'junit.xml'));
    manifest.junit = 'junit.xml';
  }
  if (evidence.coverageFile && (await exists(evidence.coverageFile))) {
    // The coverage parser tells formats apart by name as well as content: keep the name.
    const name = `coverage-${basename(evidence.coverageFile)}`;
    await copyFile(evidence.coverageFile, join(dir, name));
    manifest.coverage = name;
  }
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/**
 * A test "command" that hands the gate the evidence saved in `dir` as this run's reports: it copies them
 * (with Node, on any runner) to where the gate reads them, so the tests check, the coverage check and the
 * freshness rules work as for a run of the suite. Throws BAD_INPUT when `dir` holds no evidence.
 */
export async function testEvidencePlan(dir: string, reportDir: string): Promise<{ argv: string[]; junitFile: string; coverageFile?: string }> {
  let manifest: { junit?: string; coverage?: string };
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as typeof manifest;
  } catch {
    throw new ReleaseError('BAD_INPUT', `Input "test-evidence" is ${dir}, which holds no test evidence (${MANIFEST}).`, 'Point it at the directory a gate run wrote with "evidence-dir" (the downloaded evidence artifact), or leave it empty to run the tests.');
  }
  const pairs: string[] = [];
  const junitFile = join(reportDir, 'evidence-junit.xml');
  if (manifest.junit) pairs.push(join(dir, manifest.junit), junitFile);
  const coverageFile = manifest.coverage ? join(reportDir, manifest.coverage) : undefined;
  if (manifest.coverage && coverageFile) pairs.push(join(dir, manifest.coverage), coverageFile);
  const script = "const fs=require('fs');const a=process.argv.slice(1);for(let i=0;i<a.length;i+=2)fs.copyFileSync(a[i],a[i+1]);";
  return { argv: [process.execPath, '-e', script, ...pairs], junitFile, coverageFile };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}
