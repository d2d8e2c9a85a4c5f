/**
 * JUnit XML for CI: one test suite per target, one test case per requirement (named by its id
 * and statement), with the failure's observed and expected values, or the reason it was skipped
 * or not offered.
 */
import type { RequirementResult } from '../runner/results.js';
import type { ConformanceReport } from './conformance-report.js';

// Control characters other than tab and line breaks are not allowed in XML 1.0: dropped.
// eslint-disable-next-line no-control-regex
const xmlForbiddenCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const escapeXml = (text: string) =>
  text
    .replace(/[<>&"']/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character]!)
    .replace(xmlForbiddenCharacters, '');

function details(requirement: RequirementResult): string {
  return requirement.tests
    .filter((test) => test.status !== 'pass')
    .map((test) =>
      [`${test.title}: ${test.message ?? test.status}`, test.observed && `observed: ${test.observed}`, test.expected && `expected: ${test.expected}`]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

function testCase(target: string, requirement: RequirementResult): string {
  const seconds = requirement.tests.reduce((sum, test) => sum + test.durationMs, 0) / 1000;
  const open = `    <testcase classname="${escapeXml(`${target}.${requirement.id.split('-')[0]}`)}" name="${escapeXml(`${requirement.id} [${requirement.level}] ${requirement.statement}`)}" time="${seconds.toFixed(3)}"`;
  const message = escapeXml(requirement.tests.find((test) => test.status === requirement.status)?.message ?? requirement.status);
  switch (requirement.status) {
    case 'pass':
      return `${open}/>`;
    case 'fail':
      return `${open}>\n      <failure message="${message}" type="${requirement.level}">${escapeXml(details(requirement))}</failure>\n    </testcase>`;
    case 'error':
      return `${open}>\n      <error message="${message}">${escapeXml(details(requirement))}</error>\n    </testcase>`;
    default:
      return `${open}>\n      <skipped message="${escapeXml(`${requirement.status}: `)}${message}"/>\n    </testcase>`;
  }
}

/** The report as JUnit XML. */
export function junitXml(report: ConformanceReport): string {
  const suites = report.targets.map(({ suite }) => {
    const count = (status: string) => suite.requirements.filter((requirement) => requirement.status === status).length;
    const skipped = count('skip') + count('not-offered');
    const name = escapeXml(suite.target.name);
    return [
      `  <testsuite name="${name}" tests="${suite.requirements.length}" failures="${count('fail')}" errors="${count('error')}" skipped="${skipped}" time="${(suite.durationMs / 1000).toFixed(3)}" timestamp="${suite.startedAt}">`,
      ...suite.requirements.map((requirement) => testCase(suite.target.name, requirement)),
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Plumbline conformance (${report.profile} profile)">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
