/** The benchmark's compact record-key map against a plain Map on keys shaped like a force's. */
import { describe, expect, it } from 'vitest';
import { RecordKeyIndex } from '../record-key-index.js';

const keyOf = (index: number) => `${['duty-roster', 'hr-core', 'system-access-audit'][index % 3]}/REC-${index.toString(36).toUpperCase().padStart(8, '0')}`;

describe('RecordKeyIndex', () => {
  it('answers every key it was given, through many growths, and nothing else', () => {
    const index = new RecordKeyIndex();
    const count = 300_000;
    for (let value = 0; value < count; value++) index.set(keyOf(value), value);
    expect(index.size).toBe(count);
    for (let value = 0; value < count; value += 7) expect(index.get(keyOf(value))).toBe(value);
    expect(index.get(keyOf(count))).toBeUndefined();
    expect(index.get('duty-roster/')).toBeUndefined();
    // Keys differing in one character, or by two swapped characters, are different keys.
    expect(index.get(keyOf(12345).replace('REC', 'REd'))).toBeUndefined();
  });

  it('keeps the first value of a key given twice', () => {
    const index = new RecordKeyIndex();
    index.set('hr-core/HR-1', 3);
    index.set('hr-core/HR-1', 9);
    expect(index.get('hr-core/HR-1')).toBe(3);
    expect(index.size).toBe(1);
  });

  it('tells apart keys that are anagrams of each other', () => {
    const index = new RecordKeyIndex();
    index.set('a/AB12', 1);
    index.set('a/BA21', 2);
    index.set('a/21AB', 3);
    expect([index.get('a/AB12'), index.get('a/BA21'), index.get('a/21AB')]).toEqual([1, 2, 3]);
  });
});
