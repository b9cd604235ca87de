// A deterministic organization tree shaped like the national one (DESIGN §7), for bench/tree.js: the same seed
// gives the same records on every run and every machine.
//
// At full scale 5,250,000 organizations: one central root, 31 provincial committees, 340 prefecture committees,
// 3,000 county committees, 306,000 primary committees (under counties), 330,000 general branches (most under
// primary committees, some straight under counties) and the rest, about 4.6 million, branches (under general
// branches, primary committees or counties). The records come shuffled, as an exchange file in no useful order
// would, and every parentId is a string of its own (as JSON.parse gives), not the parent's id object.
import { createRandom } from "./generate.js";

/** The number of organizations at full scale. */
export const NATIONAL_ORGANIZATIONS = 5_250_000;

/**
 * @param {{ scale?: number, seed?: number }} options
 * @returns {{ records: { id: string, parentId: string | undefined, i: number }[], figures: Float64Array,
 *   counts: Record<string, number> }} the records (`i` is the record's index), and one figure per record in the
 *   same order: member counts, NaN ("no figure") for most committees and some branches, 0 for a few
 */
export function generateOrganizationTree({ scale = 1, seed = 20240702 } = {}) {
  const random = createRandom(seed);
  const scaled = (n) => Math.max(1, Math.round(n * scale));
  const counts = {
    central: 1,
    provincial: scaled(31),
    prefecture: scaled(340),
    county: scaled(3_000),
    primaryCommittee: scaled(306_000),
    generalBranch: scaled(330_000),
  };
  const upper = Object.values(counts).reduce((sum, n) => sum + n, 0);
  counts.branch = Math.max(1, scaled(NATIONAL_ORGANIZATIONS) - upper);
  const total = upper + counts.branch;

  const records = [];
  const figures = [];
  const idOf = (prefix, n) => `${prefix}${n}`;
  const add = (id, parentId, figure) => {
    records.push({ id, parentId, i: 0 });
    figures.push(figure);
  };
  // committees mostly report no figure of their own; some report the members they hold directly
  const committeeFigure = () => (random.chance(0.7) ? Number.NaN : random.int(0, 20));
  const branchFigure = () => {
    const roll = random.next();
    return roll < 0.03 ? Number.NaN : roll < 0.05 ? 0 : random.int(3, 60);
  };

  add("central", undefined, Number.NaN);
  // contiguous blocks: each level spread evenly over the one above
  const block = (k, n, parents) => Math.floor((k * parents) / n);
  for (let k = 0; k < counts.provincial; k++) add(idOf("prov-", k), "central", committeeFigure());
  for (let k = 0; k < counts.prefecture; k++) add(idOf("pref-", k), idOf("prov-", block(k, counts.prefecture, counts.provincial)), committeeFigure());
  for (let k = 0; k < counts.county; k++) add(idOf("cnty-", k), idOf("pref-", block(k, counts.county, counts.prefecture)), committeeFigure());
  for (let k = 0; k < counts.primaryCommittee; k++) add(idOf("pc-", k), idOf("cnty-", random.int(0, counts.county - 1)), committeeFigure());
  for (let k = 0; k < counts.generalBranch; k++) {
    const parentId = random.chance(0.8) ? idOf("pc-", random.int(0, counts.primaryCommittee - 1)) : idOf("cnty-", random.int(0, counts.county - 1));
    add(idOf("gb-", k), parentId, committeeFigure());
  }
  for (let k = 0; k < counts.branch; k++) {
    const roll = random.next();
    const parentId =
      roll < 0.5
        ? idOf("gb-", random.int(0, counts.generalBranch - 1))
        : roll < 0.9
          ? idOf("pc-", random.int(0, counts.primaryCommittee - 1))
          : idOf("cnty-", random.int(0, counts.county - 1));
    add(idOf("br-", k), parentId, branchFigure());
  }

  // Fisher–Yates with the same stream, records and figures together
  for (let k = total - 1; k > 0; k--) {
    const j = Math.floor(random.next() * (k + 1));
    const record = records[k];
    records[k] = records[j];
    records[j] = record;
    const figure = figures[k];
    figures[k] = figures[j];
    figures[j] = figure;
  }
  for (let k = 0; k < total; k++) records[k].i = k;
  return { records, figures: Float64Array.from(figures), counts: { ...counts, total } };
}
