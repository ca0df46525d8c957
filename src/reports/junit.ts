import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ReleaseError } from '../core/errors.js';

/** Test counts read from a JUnit XML report (never from console text). */
export interface TestReport {
  passed: number;
  failed: number;
  skipped: number;
  errors: number;
  durationS: number;
  /** `classname::name` of every failed or errored test case. */
  failedNames: string[];
}

/** How one test case ended. */
export type TestOutcome = 'passed' | 'failed' | 'skipped' | 'error';

/** One `<testcase>` of a JUnit report. */
export interface TestCaseResult {
  /** `classname::name`, or just `name` when the case has no classname. */
  name: string;
  outcome: TestOutcome;
  timeS: number;
}

/** Every test case of a report, plus the duration the report states. */
export interface JUnitCases {
  cases: TestCaseResult[];
  durationS: number;
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => ['testsuites', 'testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

function children(node: unknown, tag: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[tag];
  if (!Array.isArray(value)) return [];
  // `<skipped/>` parses to '' rather than an object; keep it as an (empty) element.
  return value.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : {}));
}

function num(node: XmlNode, attr: string): number | undefined {
  const raw = node[`@${attr}`];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function collectCases(suite: XmlNode, out: TestCaseResult[]): void {
  for (const tc of children(suite, 'testcase')) {
    const classname = typeof tc['@classname'] === 'string' ? tc['@classname'] : '';
    const name = typeof tc['@name'] === 'string' ? tc['@name'] : '(unnamed)';
    let outcome: TestOutcome = 'passed';
    if (children(tc, 'error').length) outcome = 'error';
    else if (children(tc, 'failure').length) outcome = 'failed';
    else if (children(tc, 'skipped').length) outcome = 'skipped';
    out.push({ name: classname ? `${classname}::${name}` : name, outcome, timeS: num(tc, 'time') ?? 0 });
  }
  // Some reporters nest suites inside suites.
  for (const nested of children(suite, 'testsuite')) collectCases(nested, out);
}

/**
 * Reads every test case of a JUnit XML report (pytest `--junitxml`, jest-junit, vitest, node --test's junit
 * reporter): a `<testsuites>` root (test cases in its suites or, as node writes them, straight under it) or a
 * single `<testsuite>`. Throws BAD_INPUT when the XML is malformed or holds no test suite.
 */
export function parseJUnitCases(xml: string, source = 'JUnit report'): JUnitCases {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ReleaseError(
      'BAD_INPUT',
      `${source} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`,
      'Make sure the test run finished writing the report (a killed run leaves a truncated file), and that the test command writes JUnit XML (pytest --junitxml=FILE).',
    );
  }
  const doc = parser.parse(xml) as XmlNode;
  const roots = children(doc, 'testsuites');
  const suites = roots.length ? roots.flatMap((r) => children(r, 'testsuite')) : children(doc, 'testsuite');
  if (!roots.length && !suites.length) {
    throw new ReleaseError('BAD_INPUT', `${source} has neither <testsuites> nor <testsuite> at its root.`, 'Point the gate at a JUnit XML report (pytest --junitxml=FILE).');
  }
  const cases: TestCaseResult[] = [];
  // Node's junit reporter puts top-level tests straight under <testsuites>, without a <testsuite>.
  for (const node of roots.length ? roots : suites) collectCases(node, cases);
  const rootTime = roots.length === 1 ? num(roots[0], 'time') : undefined;
  const suiteTimes = suites.map((s) => num(s, 'time'));
  const durationS =
    rootTime ?? (suiteTimes.every((t) => t !== undefined) && suites.length ? suiteTimes.reduce<number>((a, t) => a + (t ?? 0), 0) : cases.reduce((a, c) => a + c.timeS, 0));
  return { cases, durationS: Math.round(durationS * 1000) / 1000 };
}

/** Counts a list of test cases into a TestReport. */
export function summarizeCases(cases: TestCaseResult[], durationS: number): TestReport {
  const report: TestReport = { passed: 0, failed: 0, skipped: 0, errors: 0, durationS, failedNames: [] };
  for (const c of cases) {
    if (c.outcome === 'passed') report.passed++;
    else if (c.outcome === 'skipped') report.skipped++;
    else {
      if (c.outcome === 'failed') report.failed++;
      else report.errors++;
      report.failedNames.push(c.name);
    }
  }
  return report;
}

/** Parses a JUnit XML report into counts and the names of the failed tests. Throws BAD_INPUT on malformed XML. */
export function parseJUnit(xml: string, source?: string): TestReport {
  const { cases, durationS } = parseJUnitCases(xml, source);
  return summarizeCases(cases, durationS);
}
