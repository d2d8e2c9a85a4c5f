/**
 * Field paths in problems and in rejected records are JSON pointers (RFC 6901): `/records/3/identity`.
 * A key may itself hold `/` or `~` (an extension or parameter name is the sender's choice), so each
 * segment is escaped, `~` as `~0` and `/` as `~1`, or the path would point somewhere else.
 */

/** One path segment, escaped. */
export function jsonPointerSegment(segment: PropertyKey): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A path (such as a zod issue's) as a JSON pointer. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => '/' + jsonPointerSegment(segment)).join('');
}
