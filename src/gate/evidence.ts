import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ReleaseError } from '../core/errors.js';

/** The manifest a gate run leaves next to its test evidence. */
const MANIFEST = 'evidence.json';

/** What one test run left as evidence: the JUnit XML and, when there is one, the coverage report. */
export interface TestEvidence {
  junitFile: string;
  /** Format of the report at junitFile. Defaults to `junit`. */
  reportFormat?: 'junit' | 'jest-json';
  coverageFile?: string;
  /** The test command's exit code (undefined when it could not run). */
  exitCode?: number;
}

interface Manifest {
  junit?: string;
  reportFormat?: 'junit' | 'jest-json';
  coverage?: string;
  exitCode?: number;
}

/**
 * Copies a test run's JUnit XML and coverage report into `dir` with a small manifest, so that a later gate
 * of the same commit (the reusable workflow's build job) judges the same run instead of running the suite
 * again. Files the run did not write are left out.
 */
export async function saveTestEvidence(dir: string, evidence: TestEvidence): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest: Manifest = { reportFormat: evidence.reportFormat, exitCode: evidence.exitCode };
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
 * (with Node, on any runner) to where the gate reads them and exits with the saved run's exit code, so the
 * tests check (JUnit, or the exit code alone where the run wrote no report), the coverage check and the
 * freshness rules work as for a run of the suite. Throws BAD_INPUT when `dir` holds no evidence.
 */
export async function testEvidencePlan(dir: string, reportDir: string): Promise<{ argv: string[]; junitFile: string; reportFormat?: 'junit' | 'jest-json'; junitOptional: boolean; coverageFile?: string }> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    throw new ReleaseError('BAD_INPUT', `Input "test-evidence" is ${dir}, which holds no test evidence (${MANIFEST}).`, 'Point it at the directory a gate run wrote with "evidence-dir" (the downloaded evidence artifact), or leave it empty to run the tests.');
  }
  const pairs: string[] = [];
  const junitFile = join(reportDir, 'evidence-junit.xml');
  if (manifest.junit) pairs.push(join(dir, manifest.junit), junitFile);
  const coverageFile = manifest.coverage ? join(reportDir, manifest.coverage) : undefined;
  if (manifest.coverage && coverageFile) pairs.push(join(dir, manifest.coverage), coverageFile);
  // A run that could not start at all left no exit code: fail rather than pass.
  const code = manifest.exitCode ?? 1;
  const script = `const fs=require('fs');const a=process.argv.slice(1);for(let i=0;i<a.length;i+=2)fs.copyFileSync(a[i],a[i+1]);process.exitCode=${Number(code) | 0};`;
  return { argv: [process.execPath, '-e', script, ...pairs], junitFile, reportFormat: manifest.reportFormat, junitOptional: !manifest.junit, coverageFile };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}
