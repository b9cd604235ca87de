import {
  aggregateQuantities,
  subtractQuantities,
  type DatasetIndex,
  type Indicator,
  type LocalizedText,
  type Observation,
  type ObservationScope,
  type Quantity,
  type ScopeType,
} from "@dangjian/core";
import { figureEnd } from "../figures/select-figures.js";
import { regionOfScope, scopeName } from "../scope/report-scope.js";

/**
 * One node of a roll-up: a region or organization of the tree (or, in a region tree, an organization, host
 * unit or campaign placed at its region), its own reported figure, what its children's figures add up to,
 * and the figure that stands.
 *
 * @category Roll-ups
 */
export interface RollUpNode {
  /** The record's type. */
  readonly type: ScopeType;
  /** The record's id. */
  readonly id: string;
  /** The record's name. */
  readonly name: LocalizedText;
  /** Levels below the roll-up's root (0 for the root). */
  readonly depth: number;
  /** The node it hangs under; absent for the root. */
  readonly parent?: ObservationScope;
  /** The figure the node reports itself: the latest of its figures in the period; absent when it reports none. */
  readonly reported?: Quantity;
  /** The observation the reported figure comes from. */
  readonly observationId?: string;
  /** Its other figures in the period, earlier ones, which the latest supersedes. */
  readonly supersededIds: readonly string[];
  /** Its children's standing figures rolled up by the indicator's aggregation; absent when no child has one. */
  readonly fromChildren?: Quantity;
  /** The figure that stands for the node: its own when it reports one (never added to its children's), else its children's. */
  readonly value?: Quantity;
  /** Its own figure less its children's, when it has both and the indicator sums: what the children's records do not account for. */
  readonly difference?: Quantity;
}

/**
 * An indicator rolled up a tree: every node with a figure in its subtree, in tree order (a node before its
 * children), and the figure that stands for the root.
 *
 * @category Roll-ups
 */
export interface RollUp {
  /** The indicator rolled up. */
  readonly indicator: Indicator;
  /** The tree walked. */
  readonly tree: "organization" | "region";
  /** The root's id. */
  readonly rootId: string;
  /** The nodes with a figure in their subtree, in pre-order; the root first when it has one. */
  readonly nodes: readonly RollUpNode[];
  /** The figure that stands for the root; absent when nothing in the tree reports one. */
  readonly total?: Quantity;
}

/**
 * What {@link rollUp} rolls up.
 *
 * @category Roll-ups
 */
export interface RollUpRequest {
  /** The indicator. */
  readonly indicator: Indicator;
  /** The tree: organizations by affiliation, or regions. */
  readonly tree: "organization" | "region";
  /** The root of the roll-up, a record of that tree. */
  readonly rootId: string;
  /** The figures to roll up (already filtered to the period); others of the indicator are ignored. */
  readonly observations: readonly Observation[];
}

interface MutableNode {
  readonly type: ScopeType;
  readonly id: string;
  readonly depth: number;
  readonly parent?: MutableNode;
  readonly children: MutableNode[];
  readonly figures: Observation[];
}

const keyOf = (type: ScopeType, id: string) => `${type}:${id}`;

/**
 * Rolls an indicator's figures up a tree, keeping loose quantities loose: 400余 and 52 under one parent roll up
 * to (452, 552). A node that reports its own figure keeps it: its figure stands for its subtree and is never
 * added to its children's, and where the indicator sums, the difference between its figure and its children's
 * is given, so a parent's total and its children's details are never counted twice. A node with several
 * figures in the period keeps the latest (figures are counts as of a day), the others are listed as
 * superseded. Indicators that do not aggregate (`none`) keep each node's own figure only.
 *
 * In a region tree, figures about an organization, a host unit or a campaign are placed under the region they
 * lie in (see {@link regionOfScope}), as children of it. Figures of other indicators, or outside the tree
 * under the root, are ignored.
 *
 * @param index - the dataset's index
 * @param request - indicator, tree, root and figures
 * @returns the roll-up
 * @example
 * ```ts
 * const rolled = rollUp(index, { indicator, tree: "region", rootId: "632200", observations: figures });
 * rolled.total?.text; // "多于452名且少于552名"
 * ```
 * @category Roll-ups
 */
export function rollUp(index: DatasetIndex, request: RollUpRequest): RollUp {
  const { indicator, tree, rootId } = request;
  const records = tree === "region" ? index.regionTree : index.organizationTree;
  const base = { indicator, tree, rootId };
  if (records.get(rootId) === undefined) return { ...base, nodes: [] };

  const nodes = new Map<string, MutableNode>();
  const root: MutableNode = { type: tree, id: rootId, depth: 0, children: [], figures: [] };
  nodes.set(keyOf(tree, rootId), root);
  // the tree under the root, each record under its parent: descendantsOf gives pre-order, so a parent comes first
  for (const record of records.descendantsOf(rootId)) {
    const parentId = records.parentOf(record.id)?.id;
    const parent = parentId === undefined ? undefined : nodes.get(keyOf(tree, parentId));
    if (parent === undefined) continue;
    const node: MutableNode = { type: tree, id: record.id, depth: parent.depth + 1, parent, children: [], figures: [] };
    parent.children.push(node);
    nodes.set(keyOf(tree, record.id), node);
  }

  for (const observation of request.observations) {
    if (observation.indicator !== indicator.code) continue;
    const { scope } = observation;
    let node = nodes.get(keyOf(scope.type, scope.id));
    if (node === undefined && tree === "region" && scope.type !== "region") {
      const region = regionOfScope(index, scope);
      const parent = region === undefined ? undefined : nodes.get(keyOf("region", region));
      if (parent !== undefined) {
        node = { type: scope.type, id: scope.id, depth: parent.depth + 1, parent, children: [], figures: [] };
        parent.children.push(node);
        nodes.set(keyOf(scope.type, scope.id), node);
      }
    }
    node?.figures.push(observation);
  }

  const out: RollUpNode[] = [];
  const rolled = resolve(index, indicator, root, out);
  return { ...base, nodes: out, ...(rolled === undefined ? {} : { total: rolled }) };
}

// post-order: a node's value needs its children's; the output is pre-order, so the node's slot is reserved first
function resolve(index: DatasetIndex, indicator: Indicator, node: MutableNode, out: RollUpNode[]): Quantity | undefined {
  const slot = out.length;
  out.push(undefined as unknown as RollUpNode);
  const childValues: Quantity[] = [];
  for (const child of node.children) {
    const value = resolve(index, indicator, child, out);
    if (value !== undefined) childValues.push(value);
  }
  // the latest figure stands; among figures of one day, the last in the dataset
  const figures = [...node.figures].sort((a, b) => (figureEnd(a) < figureEnd(b) ? -1 : figureEnd(a) > figureEnd(b) ? 1 : 0));
  const standing = figures.at(-1);
  const aggregated = indicator.aggregation === "none" ? undefined : aggregateQuantities(childValues, indicator.aggregation);
  const fromChildren = aggregated?.ok ? aggregated.value : undefined;
  const reported = standing?.value;
  const value = reported ?? fromChildren;
  if (value === undefined && childValues.length === 0 && standing === undefined) {
    out.splice(slot, 1);
    return undefined;
  }
  const difference =
    reported !== undefined && fromChildren !== undefined && indicator.aggregation === "sum" ? subtractQuantities(reported, fromChildren) : undefined;
  out[slot] = {
    type: node.type,
    id: node.id,
    name: scopeName(index, { type: node.type, id: node.id }),
    depth: node.depth,
    ...(node.parent === undefined ? {} : { parent: { type: node.parent.type, id: node.parent.id } }),
    supersededIds: figures.slice(0, -1).map((figure) => figure.id),
    ...(reported === undefined || standing === undefined ? {} : { reported, observationId: standing.id }),
    ...(fromChildren === undefined ? {} : { fromChildren }),
    ...(value === undefined ? {} : { value }),
    ...(difference?.ok ? { difference: difference.value } : {}),
  };
  return value;
}
