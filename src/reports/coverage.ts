import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ReleaseError } from '../core/errors.js';

/** Totals of one coverage report, whatever tool wrote it. */
export interface CoverageReport {
  format: 'cobertura' | 'coverage-json' | 'lcov';
  /** Covered lines (statements) over measurable lines, 0–100. */
  linePercent: number;
  /** Covered branches over branches, 0–100; undefined when the report measured no branches. */
  branchPercent?: number;
  /** The file the report was read from ('' when parsed from text). */
  file: string;
}

function percent(covered: number, total: number): number {
  // Nothing to measure counts as fully covered, as coverage.py and lcov do.
  return total > 0 ? (covered / total) * 100 : 100;
}

function bad(source: string, what: string, hint: string): ReleaseError {
  return new ReleaseError('BAD_INPUT', `Coverage report ${source} ${what}.`, hint);
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false, parseTagValue: false });

/** Parses a Cobertura XML report (coverage.py `coverage xml`, pytest-cov `--cov-report=xml`, jest). */
export function parseCobertura(xml: string, file = ''): CoverageReport {
  const source = file || '(cobertura xml)';
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw bad(source, `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, 'Let the test run finish writing it; a killed run leaves a truncated file.');
  const doc = xmlParser.parse(xml) as Record<string, unknown>;
  const root = doc.coverage as Record<string, unknown> | undefined;
  if (typeof root !== 'object' || root === null) throw bad(source, 'has no <coverage> root element', 'Write the report as Cobertura XML (pytest --cov-report=xml:FILE).');
  const n = (attr: string): number | undefined => {
    const raw = root[`@${attr}`];
    const v = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(v) ? v : undefined;
  };
  const linesValid = n('lines-valid');
  const linesCovered = n('lines-covered');
  let linePercent: number;
  if (linesValid !== undefined && linesCovered !== undefined) linePercent = percent(linesCovered, linesValid);
  else {
    const rate = n('line-rate');
    if (rate === undefined) throw bad(source, 'has neither lines-valid/lines-covered nor line-rate', 'Write the report with coverage.py or another Cobertura writer.');
    linePercent = rate * 100;
  }
  const branchesValid = n('branches-valid');
  const branchesCovered = n('branches-covered');
  let branchPercent: number | undefined;
  // coverage.py writes branch-rate="0" branches-valid="0" when branches were not measured.
  if (branchesValid !== undefined && branchesCovered !== undefined) branchPercent = branchesValid > 0 ? percent(branchesCovered, branchesValid) : undefined;
  else if (n('branch-rate') !== undefined) branchPercent = (n('branch-rate') as number) * 100;
  return { format: 'cobertura', linePercent, branchPercent, file };
}

/** Parses coverage.py's `coverage json` report (its `totals`). */
export function parseCoverageJson(json: string, file = ''): CoverageReport {
  const source = file || '(coverage json)';
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    throw bad(source, `is not valid JSON (${(err as Error).message})`, 'Let the test run finish writing it (coverage json -o FILE).');
  }
  const totals = (doc as { totals?: Record<string, unknown> } | null)?.totals;
  if (typeof totals !== 'object' || totals === null) throw bad(source, 'has no "totals" object', "Write it with coverage.py's `coverage json`.");
  const num = (k: string): number | undefined => (typeof totals[k] === 'number' ? (totals[k] as number) : undefined);
  const statements = num('num_statements');
  const covered = num('covered_lines');
  let linePercent: number;
  if (statements !== undefined && covered !== undefined) linePercent = percent(covered, statements);
  else if (num('percent_covered') !== undefined) linePercent = num('percent_covered') as number;
  else throw bad(source, 'has no totals.num_statements/covered_lines or totals.percent_covered', "Write it with coverage.py's `coverage json`.");
  const branches = num('num_branches');
  const coveredBranches = num('covered_branches');
  const branchPercent = branches !== undefined && coveredBranches !== undefined && branches > 0 ? percent(coveredBranches, branches) : undefined;
  return { format: 'coverage-json', linePercent, branchPercent, file };
}

/** Parses an LCOV tracefile, summing LF/LH (lines) and BRF/BRH (branches) over every record. */
export function parseLcov(text: string, file = ''): CoverageReport {
  const sums = { LF: 0, LH: 0, BRF: 0, BRH: 0 };
  let records = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('SF:')) records++;
    const m = /^(LF|LH|BRF|BRH):(\d+)$/.exec(line);
    if (m) sums[m[1] as keyof typeof sums] += Number(m[2]);
  }
  if (!records) throw bad(file || '(lcov)', 'has no SF: records', 'Write the report in LCOV format (e.g. c8 --reporter=lcov, coverage lcov).');
  return { format: 'lcov', linePercent: percent(sums.LH, sums.LF), branchPercent: sums.BRF > 0 ? percent(sums.BRH, sums.BRF) : undefined, file };
}

/** Reads a coverage report and parses it by its content: Cobertura XML, coverage.py JSON, or LCOV. */
export async function readCoverageReport(file: string): Promise<CoverageReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ReleaseError(
      'BAD_INPUT',
      `Coverage report ${file} was not found.`,
      'Make the test command write it (pytest --cov --cov-report=xml:FILE), or point input "coverage-report" at the file it writes.',
    );
  }
  const head = text.trimStart();
  if (head.startsWith('<')) return parseCobertura(text, file);
  if (head.startsWith('{')) return parseCoverageJson(text, file);
  if (/^(TN|SF):/m.test(head)) return parseLcov(text, file);
  throw bad(file, 'is in no format release-relay reads', 'Write Cobertura XML (pytest --cov-report=xml:FILE), coverage.py JSON (coverage json) or LCOV.');
}

const fmt = (p: number): string => `${p.toFixed(2)}%`;

/**
 * Compares a report to a threshold (0–100). With `branches`, branch coverage must reach it too, and a report
 * without branch data fails (the evidence is missing, so the gate does not guess).
 */
export function checkCoverage(report: CoverageReport, threshold: number, options: { branches?: boolean } = {}): { ok: boolean; detail: string } {
  const where = report.file ? ` (${report.file})` : '';
  const lineOk = report.linePercent >= threshold;
  const parts = [`line coverage ${fmt(report.linePercent)} ${lineOk ? '≥' : '<'} threshold ${fmt(threshold)}`];
  let ok = lineOk;
  if (options.branches) {
    if (report.branchPercent === undefined) {
      ok = false;
      parts.push('branch coverage was requested but the report has no branch data (run pytest with --cov-branch)');
    } else {
      const branchOk = report.branchPercent >= threshold;
      ok &&= branchOk;
      parts.push(`branch coverage ${fmt(report.branchPercent)} ${branchOk ? '≥' : '<'} threshold ${fmt(threshold)}`);
    }
  }
  return { ok, detail: `${parts.join('; ')}${where}` };
}

