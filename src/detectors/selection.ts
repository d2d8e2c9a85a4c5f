/**
 * A flagging run's detector selections, validated and resolved: which standard detectors to run,
 * with which parameters. Refusals name the detector or parameter and where it is in the request.
 */
import type { z } from 'zod';
import { PlumblineError } from '../adapter/errors.js';
import { jsonPointer, jsonPointerSegment, type DetectorSelection } from '../contract/index.js';
import type { StandardDetector } from './types.js';

/** A detector with validated parameters, defaults filled in. */
export interface ResolvedDetector {
  readonly detector: StandardDetector;
  readonly parameters: Record<string, unknown>;
}

interface FieldError {
  path: string;
  message: string;
}

function parameterErrors(detector: StandardDetector, issues: readonly z.core.$ZodIssue[], base: string): FieldError[] {
  const detectorId = detector.definition.detectorId;
  const known = detector.definition.parameters.map((parameter) => parameter.name);
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      const takes = known.length ? `it takes ${known.join(', ')}` : 'it takes no parameters';
      return issue.keys.map((key) => ({
        path: `${base}/${jsonPointerSegment(key)}`,
        message: `detector "${detectorId}" has no parameter "${key}" (${takes})`,
      }));
    }
    const given = issue.input === undefined ? '' : ` (given ${JSON.stringify(issue.input)})`;
    const what = issue.path.length > 0 ? `parameter "${String(issue.path[0])}" of detector "${detectorId}"` : `the parameters of detector "${detectorId}":`;
    return [{ path: base + jsonPointer(issue.path), message: `${what} ${issue.message}${given}` }];
  });
}

/**
 * The detectors a run evaluates: every standard detector with its defaults when `selections` is
 * undefined, otherwise each selection in order. Throws `validation-failed` listing every unknown
 * detector, unknown parameter and invalid value, with its path under `/body/detectors`.
 */
export function resolveSelections(catalogue: readonly StandardDetector[], selections: readonly DetectorSelection[] | undefined): ResolvedDetector[] {
  if (selections === undefined) return catalogue.map((detector) => ({ detector, parameters: detector.parameters.parse({}) }));
  const resolved: ResolvedDetector[] = [];
  const problems: FieldError[] = [];
  selections.forEach((selection, index) => {
    const detector = catalogue.find((candidate) => candidate.definition.detectorId === selection.detectorId);
    if (!detector) {
      problems.push({ path: `/body/detectors/${index}/detectorId`, message: `unknown detector "${selection.detectorId}"` });
      return;
    }
    const parsed = detector.parameters.safeParse(selection.parameters ?? {}, { reportInput: true });
    if (parsed.success) resolved.push({ detector, parameters: parsed.data });
    else problems.push(...parameterErrors(detector, parsed.error.issues, `/body/detectors/${index}/parameters`));
  });
  if (problems.length > 0) {
    const message = `Invalid detector selection: ${problems.map((problem) => problem.message).join('; ')}.`;
    throw new PlumblineError('validation-failed', message, { errors: problems });
  }
  return resolved;
}
