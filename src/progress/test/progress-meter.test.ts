/**
 * The progress meter every long command uses: count, share, rate and time left, throttled, with
 * a clock the test controls (so nothing here depends on the machine's speed).
 */
import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressMeter } from '../progress-meter.js';

function meterWithClock(total?: number) {
  let now = 0;
  const lines: { message: string; final: boolean }[] = [];
  const meter = new ProgressMeter('ingest', 'records', (message, final) => lines.push({ message, final }), total, { intervalMs: 1_000, now: () => now });
  return { meter, lines, advance: (milliseconds: number) => (now += milliseconds) };
}

describe('progress meter', () => {
  it('says how much, how fast, and how long is left when the total is known', () => {
    const { meter, lines, advance } = meterWithClock(100_000);
    advance(10_000);
    meter.update(25_000);
    expect(lines).toEqual([{ message: 'ingest: 25,000 of 100,000 records (25%), 2,500 records/s, about 30 s left', final: false }]);
  });

  it('gives the rate alone when the total is not known', () => {
    const { meter, lines, advance } = meterWithClock();
    advance(4_000);
    meter.update(10_000);
    expect(lines[0].message).toBe('ingest: 10,000 records, 2,500 records/s');
  });

  it('emits at most once an interval, and always the final line', () => {
    const { meter, lines, advance } = meterWithClock();
    advance(2_000);
    for (let done = 1; done <= 500; done += 1) meter.update(done);
    advance(1_000);
    meter.update(900);
    meter.finish(1_000);
    expect(lines.map((line) => line.message)).toEqual([
      'ingest: 1 records, 0.5 records/s',
      'ingest: 900 records, 300 records/s',
      'ingest: 1,000 records in 3 s, 333 records/s',
    ]);
    expect(lines.map((line) => line.final)).toEqual([false, false, true]);
  });

  it('emits nothing before one interval has passed', () => {
    const { meter, lines, advance } = meterWithClock();
    advance(999);
    meter.update(10);
    expect(lines).toEqual([]);
  });

  it('shows no rate in the first second (it would be noise)', () => {
    const { meter, advance } = meterWithClock(10);
    advance(200);
    expect(meter.describe(5)).toBe('ingest: 5 of 10 records (50%)');
  });

  it('writes durations short', () => {
    expect(formatDuration(12.4)).toBe('12 s');
    expect(formatDuration(245)).toBe('4 min 05 s');
    expect(formatDuration(3_720)).toBe('1 h 02 min');
  });
});
