import type { RuleCheckSummary, RuleOutcome } from "./rule.js";

// subjects judged per step: enough to keep the per-step work small, few enough that outcomes die young
const CHUNK = 512;

/**
 * Where a judge puts its outcomes.
 *
 * @internal
 */
export interface OutcomeSink {
  /**
   * Adds an outcome.
   *
   * @param outcome - the outcome
   */
  push(outcome: RuleOutcome): void;
  /**
   * Whether the caller reads the subject and evidence of a pass. `evaluate` only counts passes, so a judge may
   * then call {@link OutcomeSink.pass} instead of building them: most subjects of a large dataset pass.
   */
  readonly passDetails: boolean;
  /** Adds a pass without its subject and evidence; for use only where `passDetails` is false. */
  pass(): void;
}

// the pass of a judge that was told its details are not read
const BARE_PASS: RuleOutcome = Object.freeze({ verdict: "pass", subject: Object.freeze([]), evidence: Object.freeze({}) });

/**
 * The key of the fast path {@link judgeEach} offers `evaluate`: the outcomes a chunk at a time, handed to a plain
 * function, without a generator step and a step object per outcome.
 *
 * @internal
 */
export const OUTCOME_CHUNKS: unique symbol = Symbol("dangjian.outcomeChunks");

/**
 * What {@link judgeEach} returns: the outcomes as any iterable gives them, and by chunks for `evaluate`.
 *
 * @internal
 */
export interface JudgedOutcomes extends Iterable<RuleOutcome, RuleCheckSummary | undefined> {
  /**
   * Judges every item, handing the outcomes on a chunk at a time; a pass may come bare, without its subject and
   * evidence (see {@link OutcomeSink.passDetails}).
   *
   * @param take - reads a chunk of outcomes: `outcomes[0 .. count)`, valid only until it returns
   * @returns what the check returns at the end
   */
  [OUTCOME_CHUNKS](take: (outcomes: readonly RuleOutcome[], count: number) => void): RuleCheckSummary | undefined;
}

/**
 * Judges each item with a plain function, a chunk of items at a time. A rule's check written as a generator is
 * entered once per evaluation, and V8 does not optimize a loop inside a generator while it runs (no on-stack
 * replacement into generators): there, a walk over millions of records stays interpreted. Here the walk runs in
 * plain functions, optimized after their first calls; `evaluate` takes the outcomes a chunk at a time, and any
 * other caller iterates them.
 *
 * @param items - the subjects to judge, or the records they come from
 * @param judge - puts the outcomes about one item (none where the rule does not apply); it is given the item's
 *   position in the list as well
 * @param summary - what the check returns at the end, read after the last item (the subjects skipped)
 * @returns the outcomes, in the order put
 * @internal
 */
export function judgeEach<T>(
  items: Iterable<T>,
  judge: (item: T, outcomes: OutcomeSink, position: number) => void,
  summary?: () => RuleCheckSummary,
): JudgedOutcomes {
  // a map's entries or values are listed first, by the built-in copy: stepping an iterator is what is slow here
  const list: readonly T[] = Array.isArray(items) ? (items as readonly T[]) : Array.from(items);
  const chunks = (take: (outcomes: readonly RuleOutcome[], count: number) => void): RuleCheckSummary | undefined => {
    const sink = new ChunkSink(false);
    for (let start = 0; start < list.length; start += CHUNK) {
      sink.count = 0;
      judgeRange(list, start, CHUNK, judge, sink);
      take(sink.outcomes, sink.count);
    }
    return summary?.();
  };
  return {
    [OUTCOME_CHUNKS]: chunks,
    *[Symbol.iterator]() {
      const sink = new ChunkSink(true);
      for (let start = 0; start < list.length; start += CHUNK) {
        sink.count = 0;
        judgeRange(list, start, CHUNK, judge, sink);
        // the chunk is handed out whole before the next one overwrites it
        for (let i = 0; i < sink.count; i++) yield sink.outcomes[i]!;
      }
      return summary?.();
    },
  };
}

// a reused buffer: a chunk's outcomes overwrite the last chunk's, so it never grows again
class ChunkSink implements OutcomeSink {
  readonly outcomes: RuleOutcome[] = [];
  count = 0;
  constructor(readonly passDetails: boolean) {}
  push(outcome: RuleOutcome): void {
    this.outcomes[this.count++] = outcome;
  }
  pass(): void {
    this.outcomes[this.count++] = BARE_PASS;
  }
}

// judges up to `count` items of a list from `start`
function judgeRange<T>(list: readonly T[], start: number, count: number, judge: (item: T, outcomes: OutcomeSink, position: number) => void, sink: OutcomeSink): void {
  const end = Math.min(list.length, start + count);
  for (let i = start; i < end; i++) judge(list[i]!, sink, i);
}
