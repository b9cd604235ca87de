import type { RuleCheckSummary, RuleOutcome } from "./rule.js";

// subjects judged per step: enough to keep the generator's own work small, few enough that outcomes die young
const CHUNK = 512;

/**
 * Judges each item with a plain function and yields the outcomes it pushes, a chunk of items at a time. A rule's
 * check is a generator entered once per evaluation, and V8 does not optimize a loop inside a generator while it
 * runs (no on-stack replacement into generators): run there, the walk over millions of records stays interpreted.
 * Here the walk runs in plain functions, optimized after their first calls, and the generator only hands the
 * outcomes on.
 *
 * @param items - the subjects to judge, or the records they come from
 * @param judge - pushes the outcomes about one item (none where the rule does not apply)
 * @param summary - what the check returns at the end, read after the last item (the subjects skipped)
 * @returns the outcomes, in the order pushed
 * @internal
 */
export function* judgeEach<T>(
  items: Iterable<T>,
  judge: (item: T, outcomes: RuleOutcome[]) => void,
  summary?: () => RuleCheckSummary,
): Generator<RuleOutcome, RuleCheckSummary | undefined> {
  const outcomes: RuleOutcome[] = [];
  const source = Array.isArray(items) ? undefined : items[Symbol.iterator]();
  const list = source === undefined ? (items as readonly T[]) : undefined;
  let position = 0;
  for (;;) {
    outcomes.length = 0;
    const more = list !== undefined ? judgeRange(list, position, CHUNK, judge, outcomes) : judgeNext(source!, CHUNK, judge, outcomes);
    position += CHUNK;
    for (let i = 0; i < outcomes.length; i++) yield outcomes[i]!;
    if (!more) break;
  }
  return summary?.();
}

// judges up to `count` items of a list from `start`; true while items remain
function judgeRange<T>(list: readonly T[], start: number, count: number, judge: (item: T, outcomes: RuleOutcome[]) => void, outcomes: RuleOutcome[]): boolean {
  const end = Math.min(list.length, start + count);
  for (let i = start; i < end; i++) judge(list[i]!, outcomes);
  return end < list.length;
}

// judges up to `count` items of an iterator; true while it may have more
function judgeNext<T>(source: Iterator<T>, count: number, judge: (item: T, outcomes: RuleOutcome[]) => void, outcomes: RuleOutcome[]): boolean {
  for (let i = 0; i < count; i++) {
    const step = source.next();
    if (step.done === true) return false;
    judge(step.value, outcomes);
  }
  return true;
}
