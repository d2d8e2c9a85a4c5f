/**
 * A guard before a large JSON body is parsed. Parsing costs about a microsecond for every object
 * or array, whatever they hold: a 32 MiB body of ten million `{}` held the event loop for over ten
 * seconds in `JSON.parse` alone, before any check could refuse it. Counting the bytes that open an
 * object or array is a plain loop over the bytes (tens of milliseconds for 32 MiB); a body with
 * more of them than a legitimate one needs is refused unparsed. Braces inside strings count too,
 * so the count is an upper bound.
 */

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

/** How many objects and arrays a JSON text opens, at most. */
export function containerCount(body: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < body.length; index++) {
    const byte = body[index];
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) count++;
  }
  return count;
}
