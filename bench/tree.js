#!/usr/bin/env node
// `pnpm bench` (after bench/rules.js): the compact tree index of @dangjian/core against d3-hierarchy on the same
// generated organization tree in the same run. Plain Node ESM on the BUILT package (packages/core/dist); run with
// --expose-gc so every measurement starts from a collected heap.
//
//   1. index build: d3-hierarchy stratify() against compactTreeOf, over the same records
//   2. roll-up of one indicator (a member count per organization, some NaN, some 0): d3's node.sum() against
//      valuesByPosition + rollUpTree (figures in record order), the first one allocating its arrays and each
//      after the first writing into arrays allocated once; rollUpTree alone on figures already in position
//      order; and rollUpTree with ownFigureStands + childAggregates, for its cost
//   memory per node of each index: heap used (and array buffers) after a full collection, minus before, over the
//   nodes; the input records and their id strings are not counted for either
//
//   node --expose-gc --max-old-space-size=8192 bench/tree.js      5.25 million organizations
//   BENCH_SCALE=0.05 node --expose-gc bench/tree.js                a twentieth, for a quick look
//   BENCH_RUNS=5 …     measured rounds per row (median reported; one warm-up round before)
// Exits non-zero when a sanity check fails (the two trees or their totals disagree), never on a missed target.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stratify } from "d3-hierarchy";
import { generateOrganizationTree } from "./generate-tree.js";
import { median } from "./median.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "packages/core/dist/index.js");
if (!existsSync(dist)) {
  console.error(`${path.relative(root, dist)} is missing: build it with pnpm --filter @dangjian/core build`);
  process.exit(1);
}
const { compactTreeOf, rollUpTree, valuesByPosition } = await import(pathToFileURL(dist).href);
if (typeof compactTreeOf !== "function") {
  console.error(`${path.relative(root, dist)} does not export compactTreeOf: rebuild it with pnpm --filter @dangjian/core build`);
  process.exit(1);
}
if (typeof globalThis.gc !== "function") {
  console.error("run with node --expose-gc (pnpm bench does)");
  process.exit(1);
}
const gc = globalThis.gc;
const scale = Number(process.env.BENCH_SCALE ?? "1");
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? "3"));
const ROLL_UP_REPEAT = 10;

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms) => (ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);
const count = (n) => Math.round(n).toLocaleString("en");
// typed arrays live outside the JS heap: their buffers are counted with it
const heapBytes = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

class SanityError extends Error {
  name = "SanityError";
}
/** A sanity check: contenders must agree; a failure ends the run with a non-zero exit code. */
function check(condition, what) {
  if (!condition) throw new SanityError(what);
}

// Right after a full collection V8 still sweeps on other threads; on a busy 2-core machine that slows whatever
// runs next by a few hundred milliseconds, which is noise for d3's seconds and most of a roll-up's time
const pause = new Int32Array(new SharedArrayBuffer(4));
function collect() {
  gc();
  Atomics.wait(pause, 0, 0, 250);
}

/**
 * Rounds outside, contenders inside (as bench/rules.js): a slow spell of a shared machine hits every contender of
 * the round alike, and each ratio is taken within one round; the median over rounds is reported.
 * Each contender: { key, label, run(), baseline?, target?: { speedup }, repeat?, keep?(value, round), before?() };
 * `repeat` runs it that many times back to back after one collection, the time per run being the mean.
 */
function measure(contenders, rounds, title) {
  const results = new Map(contenders.map((contender) => [contender.key, { ...contender, times: [] }]));
  for (let round = 0; round <= rounds; round++) {
    for (const contender of contenders) {
      const result = results.get(contender.key);
      const repeat = contender.repeat ?? 1;
      contender.before?.();
      collect();
      let value;
      const start = performance.now();
      for (let k = 0; k < repeat; k++) value = contender.run();
      const ms = (performance.now() - start) / repeat;
      if (contender.keep) contender.keep(value, round);
      value = undefined;
      if (round > 0) result.times.push(ms);
    }
    console.log(round === 0 ? `  ${title}: warm-up round done` : `  ${title}: round ${round} of ${rounds} done`);
  }
  for (const result of results.values()) {
    result.ms = median(result.times);
    const base = result.baseline ? results.get(result.baseline) : undefined;
    // how many times faster than the baseline, within each round
    if (base) result.speedup = median(result.times.map((ms, round) => base.times[round] / ms));
    console.log(`    ${result.label.trim()}: ${result.times.map((t) => t.toFixed(t < 100 ? 1 : 0)).join(", ")} ms`);
  }
  return [...results.values()];
}

/**
 * Heap growth per node of what `build` returns and keeps: collected before and after, the result held across
 * the second collection.
 */
function bytesPerNode(build, nodes) {
  gc();
  gc();
  const before = heapBytes();
  let kept = build();
  gc();
  gc();
  const after = heapBytes();
  check(kept !== undefined, "a build returned nothing");
  kept = undefined;
  return (after - before) / nodes;
}

function main() {
  let started = performance.now();
  const { records, figures, counts } = generateOrganizationTree({ scale });
  const generatedIn = performance.now() - started;
  const nodes = records.length;
  gc();
  console.log(
    `@dangjian/core compact tree benchmark, scale ${scale}, median of ${runs} round(s) after one warm-up round; node ${process.version}`,
  );
  console.log(
    `tree: ${count(nodes)} organizations (${count(counts.provincial)} provincial, ${count(counts.prefecture)} prefecture, ` +
      `${count(counts.county)} county committees, ${count(counts.primaryCommittee)} primary committees, ${count(counts.generalBranch)} general branches, ` +
      `${count(counts.branch)} branches, under one root), shuffled, generated in ${seconds(generatedIn)}, heap ${mb(heapBytes())}`,
  );

  // ---- 1. index build ----

  let d3Root;
  let tree;
  // each build runs with only the records on the heap, so neither pays for collecting the other's tree; ours
  // runs first in each round, so d3's tree of the last round is there for the roll-ups
  const dropBoth = () => {
    d3Root = undefined;
    tree = undefined;
  };
  const buildResults = measure(
    [
      {
        key: "build",
        label: "(1b) compactTreeOf",
        baseline: "d3-build",
        target: { speedup: 2 },
        run: () => compactTreeOf(records),
        before: dropBoth,
        keep: (value) => (tree = value),
      },
      { key: "d3-build", label: "(1a) d3-hierarchy stratify()", run: () => stratify()(records), before: dropBoth, keep: (value) => (d3Root = value) },
    ],
    runs,
    "index build",
  ).reverse();
  tree = compactTreeOf(records);

  // the two trees are the same tree
  check(tree.size === nodes, `compactTreeOf has ${tree.size} nodes for ${nodes} records`);
  check(tree.roots.length === 1 && tree.ids[0] === "central", `compactTreeOf finds ${tree.roots.length} roots, the first ${tree.ids[0]}`);
  const { unknownParent, cycleBroken, duplicateId } = tree.repairs;
  check(unknownParent.length + cycleBroken.length + duplicateId.length === 0, `compactTreeOf repaired a clean tree (${unknownParent.length} unknown parents, ${cycleBroken.length} cycles, ${duplicateId.length} duplicates)`);
  let maxDepth = 0;
  d3Root.each((node) => {
    const position = tree.positionByInput[node.data.i];
    check(tree.ids[position] === node.id, `node ${node.id} sits at the position of ${tree.ids[position]}`);
    check(tree.depth[position] === node.depth, `node ${node.id}: depth ${tree.depth[position]}, d3 says ${node.depth}`);
    const parentPosition = tree.parent[position];
    check(node.parent === null ? parentPosition === -1 : tree.ids[parentPosition] === node.parent.id, `node ${node.id} has another parent in the two trees`);
    if (node.depth > maxDepth) maxDepth = node.depth;
  });
  // each subtree range holds the node's descendants by the parent links, and ids are found by positionOf
  const sizes = new Int32Array(nodes).fill(1);
  for (let position = nodes - 1; position > 0; position--) if (tree.parent[position] >= 0) sizes[tree.parent[position]] += sizes[position];
  for (let position = 0; position < nodes; position++) check(tree.subtreeEnd[position] === position + sizes[position], `the subtree of ${tree.ids[position]} ends at ${tree.subtreeEnd[position]}, its ${sizes[position]} nodes say otherwise`);
  for (let i = 0; i < nodes; i += 997) check(tree.positionOf(records[i].id) === tree.positionByInput[i], `positionOf(${records[i].id}) is not its position`);

  // ---- 2. roll-up of one indicator ----

  const positioned = valuesByPosition(tree, figures);
  // the buffers of the roll-ups after the first, allocated once as a caller rolling many indicators would
  const buffer = new Float64Array(tree.size);
  const totals = new Float64Array(tree.size);
  const childAggregates = new Float64Array(tree.size);
  let d3Summed;
  let first;
  const agree = [];
  const rollUpResults = measure(
    [
      { key: "d3-sum", label: "(2a) d3-hierarchy node.sum()", run: () => d3Root.sum((data) => figures[data.i]), keep: (value) => (d3Summed = value) },
      {
        key: "roll-up-first",
        label: "(2b) valuesByPosition + rollUpTree, the first (allocating both arrays)",
        baseline: "d3-sum",
        run: () => rollUpTree(tree, valuesByPosition(tree, figures), "sum"),
        keep: (value) => (first = value),
      },
      {
        key: "roll-up-records",
        label: `(2c) valuesByPosition + rollUpTree, each after the first (into reused arrays, mean of ${ROLL_UP_REPEAT})`,
        baseline: "d3-sum",
        target: { speedup: 30 },
        repeat: ROLL_UP_REPEAT,
        run: () => rollUpTree(tree, valuesByPosition(tree, figures, buffer), "sum", { into: totals }),
        keep: (value) => agree.push(["(2c)", Float64Array.from(value)]),
      },
      {
        key: "roll-up",
        label: `(2d) rollUpTree alone, each after the first (figures in position order, mean of ${ROLL_UP_REPEAT})`,
        baseline: "d3-sum",
        target: { speedup: 30 },
        repeat: ROLL_UP_REPEAT,
        run: () => rollUpTree(tree, positioned, "sum", { into: totals }),
        keep: (value) => agree.push(["(2d)", Float64Array.from(value)]),
      },
      {
        key: "roll-up-stands",
        label: `(2e) rollUpTree, ownFigureStands + childAggregates (mean of ${ROLL_UP_REPEAT})`,
        baseline: "d3-sum",
        repeat: ROLL_UP_REPEAT,
        run: () => rollUpTree(tree, positioned, "sum", { ownFigureStands: true, childAggregates, into: totals }),
      },
    ],
    runs,
    "roll-up",
  );

  // every node's total agrees: d3 counts a missing figure as 0, where rollUpTree gives NaN for a subtree without any
  for (const [row, values] of agree) {
    for (let position = 0; position < nodes; position++) {
      if (!Object.is(values[position], first[position])) check(false, `${row} gives ${values[position]} at ${tree.ids[position]}, (2b) ${first[position]}`);
    }
  }
  let noFigure = 0;
  d3Summed.each((node) => {
    const ours = first[tree.positionByInput[node.data.i]];
    if (Number.isNaN(ours)) noFigure++;
    check(Number.isNaN(ours) ? node.value === 0 : node.value === ours, `node ${node.id}: d3 sums ${node.value}, rollUpTree ${ours}`);
  });
  check(Number.isFinite(first[0]) && first[0] > 0, `the root's total is ${first[0]}`);

  // ---- memory, after the timings, one build of each alone on the heap ----

  d3Root = undefined;
  d3Summed = undefined;
  tree = undefined;
  const d3Bytes = bytesPerNode(() => stratify()(records), nodes);
  const ourBytes = bytesPerNode(() => compactTreeOf(records), nodes);
  const MEMORY_TARGET = 100;

  // ---- report ----

  const rows = [...buildResults, ...rollUpResults].map((result) => {
    // the targets are for the national tree: at another scale they are shown, not judged
    const judge = (text, met) => (scale === 1 ? `${text} ${met ? "met" : "MISSED"}` : `${text} not judged`);
    const targets = [];
    if (result.target?.speedup !== undefined) targets.push(judge(`≥ ${result.target.speedup}x d3`, result.speedup >= result.target.speedup));
    let bytes = "";
    if (result.key === "d3-build") bytes = bytesText(d3Bytes);
    if (result.key === "build") {
      bytes = bytesText(ourBytes);
      targets.push(judge(`< ${MEMORY_TARGET} B/node`, ourBytes < MEMORY_TARGET));
    }
    return [result.label, seconds(result.ms), `${count(nodes / (result.ms / 1000))} nodes/s`, result.speedup === undefined ? "baseline" : `${result.speedup.toFixed(result.speedup < 10 ? 2 : 1)}x`, bytes, targets.join(", ")];
  });

  console.log(`\n1-2. ${count(nodes)} organizations, depth ${maxDepth}: index build and a roll-up of one indicator, against d3-hierarchy ${d3Version()}`);
  const header = ["row", "median", "throughput", "vs d3", "memory", "target"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
  console.log(
    [
      "  vs d3 = d3's time / this row's time in the same round (median over rounds; 2.00x = twice as fast as d3);",
      `  every row is timed after a full collection and a 250 ms pause (V8 sweeps on other threads after it); rows`,
      `  (2c)-(2e) run ${ROLL_UP_REPEAT} roll-ups back to back, the time being one roll-up's (the mean);`,
      "  memory = heap growth (JS heap + array buffers) after a full collection, per node, of one build held alone;",
      "  the records and their id strings are the input and are counted for neither",
      `  sanity: same ${count(nodes)} nodes, parents and depths in both trees; every node's total equal in d3 and rollUpTree (${count(noFigure)} subtrees`,
      "  without any figure: NaN in rollUpTree, 0 in d3); targets are judged at scale 1 only; a missed target is",
      "  reported, it does not fail the run",
    ].join("\n"),
  );
}

const bytesText = (bytes) => `${bytes.toFixed(1)} B/node`;
const d3Version = () => JSON.parse(readFileSync(path.join(root, "node_modules/d3-hierarchy/package.json"), "utf8")).version;

try {
  main();
} catch (error) {
  console.error(error instanceof SanityError ? `\nsanity check failed: ${error.message}` : error);
  process.exitCode = 1;
}
