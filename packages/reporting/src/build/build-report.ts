import {
  DangjianError,
  REGION_LEVELS,
  localize,
  type DatasetIndex,
  type Indicator,
  type LocalizedText,
} from "@dangjian/core";
import { BUILT_IN_POLICIES, RULES, evaluate, findPolicy, resolvePolicy, type Policy, type ResolvedPolicy, type Rule } from "@dangjian/rules";
import { coverageChart, reconciliationChart, rollUpChart } from "../chart/report-charts.js";
import { coverageSection } from "../coverage/coverage-section.js";
import { measureCoverage } from "../coverage/measure-coverage.js";
import { describeFigures, figuresSection } from "../figures/figures-section.js";
import { figureEnd, selectFigures } from "../figures/select-figures.js";
import { findingWithinScope } from "../findings/finding-within-scope.js";
import { findingsSection } from "../findings/findings-section.js";
import { narrate } from "../narrative/narrate.js";
import { resolvePeriod } from "../period/report-period.js";
import { maskReport } from "../personal-data/mask-report.js";
import { reconcileFigures, reconciliationSection } from "../reconciliation/reconciliation-section.js";
import { REPORT_FORMAT_VERSION, reportSectionKindLabels, type Report, type ReportChart, type ReportSection, type ReportSectionKind, type ReportSource } from "../report/report.js";
import { rollUp, type RollUp, type RollUpNode } from "../roll-up/roll-up.js";
import { rollUpSection } from "../roll-up/roll-up-section.js";
import { regionOfScope, scopeName, type ReportScope } from "../scope/report-scope.js";
import { ReportSpecSchema, type ReportSpec, type ReportSpecInput } from "../spec/report-spec.js";

/**
 * Options of {@link buildReport}.
 *
 * @category Reports
 */
export interface BuildReportOptions {
  /** Policies the spec's `policy` may name besides the built-in ones. */
  readonly policies?: readonly Policy[];
  /** The rule catalogue; the built-in one when omitted. */
  readonly rules?: readonly Rule[];
}

const sectionTitle = (kind: ReportSectionKind): LocalizedText => reportSectionKindLabels.labels[kind];

// the tree's root for a roll-up: the scope itself, or the record of the other tree that stands for it
function rootOf(index: DatasetIndex, scope: ReportScope, tree: "organization" | "region"): string | undefined {
  if (tree === scope.type) return scope.id;
  if (tree === "region") return regionOfScope(index, scope);
  // the highest organization placed in the region: its parent is placed elsewhere, or it has none
  return index.dataset.organizations.find((organization) => {
    if (organization.regionId !== scope.id) return false;
    const parent = index.organizationTree.parentOf(organization.id);
    return parent === undefined || parent.regionId !== scope.id;
  })?.id;
}

// which roll-up rows a grouping shows: nodes down to a depth, or regions down to a level (and what hangs above it)
function rowFilter(index: DatasetIndex, groupBy: ReportSpec["groupBy"]): ((node: RollUpNode) => boolean) | undefined {
  if (groupBy === undefined) return undefined;
  if (typeof groupBy === "number") return (node) => node.depth <= groupBy;
  const limit = REGION_LEVELS.indexOf(groupBy);
  const rank = (id: string) => {
    const level = index.regions.get(id)?.level;
    return level === undefined ? Number.POSITIVE_INFINITY : REGION_LEVELS.indexOf(level);
  };
  return (node) => {
    if (node.type === "region") return rank(node.id) <= limit;
    // an organization's figure placed at a region shows when that region lies above the level
    return node.parent?.type === "region" ? rank(node.parent.id) < limit : node.depth === 0;
  };
}

function policyOf(name: string, options: BuildReportOptions): ResolvedPolicy {
  const registry = [...BUILT_IN_POLICIES, ...(options.policies ?? [])];
  const policy = findPolicy(name, registry);
  if (policy === undefined) throw new DangjianError("invalid_argument", `buildReport: no policy named ${name}`);
  return resolvePolicy(policy, { policies: options.policies ?? [], rules: options.rules ?? RULES });
}

/**
 * Builds a report from an index: the figures reported within the scope and period, their roll-ups over the
 * tree, coverage statements, the reconciliation of figures with the records, rule findings, charts and a
 * narrative in both languages, as a plain {@link Report} model that renderers show without computing. Same
 * inputs, same model: nothing reads the clock ("as of" is the spec's `asOf`, else the period's last day, else
 * the last day any selected figure speaks of).
 *
 * Personal data (resident ID numbers, phone numbers) is masked in every text of the model unless the spec asks
 * for `personalData: "visible"`.
 *
 * @param index - the dataset's index
 * @param specInput - what to show (see {@link ReportSpecSchema})
 * @param options - more policies, another rule catalogue
 * @returns the report model
 * @throws DangjianError `invalid_argument` when the spec is invalid, its scope is not in the dataset, its policy
 *   is unknown, or no day can be found to judge rules and coverage for
 * @example
 * ```ts
 * const report = buildReport(index, { scope: { type: "region", id: "632200" }, asOf: "2022-08-31" });
 * report.sections.find((section) => section.kind === "narrative")?.paragraphs[0]?.["zh-CN"];
 * ```
 * @category Reports
 */
export function buildReport(index: DatasetIndex, specInput: ReportSpecInput, options: BuildReportOptions = {}): Report {
  const parsed = ReportSpecSchema.safeParse(specInput);
  if (!parsed.success) {
    throw new DangjianError("invalid_argument", `buildReport: invalid spec: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const spec = parsed.data;
  const { scope } = spec;
  const scopeRecord = scope.type === "region" ? index.regions.get(scope.id) : index.organizations.get(scope.id);
  if (scopeRecord === undefined) throw new DangjianError("invalid_argument", `buildReport: the scope ${scope.type} ${scope.id} is not in the dataset`);

  const period = resolvePeriod(spec.period);
  const observations = selectFigures(index, { scope, period, indicators: spec.indicators });
  const latest = observations.map(figureEnd).sort().at(-1) || undefined;
  const asOf = spec.asOf ?? period.to ?? latest;
  const wants = new Set(spec.sections);
  if (asOf === undefined) throw new DangjianError("invalid_argument", "buildReport: give asOf, a period with an end, or figures with dates");
  const judged = wants.has("coverage") || wants.has("narrative") || wants.has("charts");

  const figures = describeFigures(index, observations);
  const policy = policyOf(spec.policy, options);

  const tree = spec.tree ?? scope.type;
  const rootId = rootOf(index, scope, tree);
  const codes = spec.indicators ?? [...new Set(observations.map((observation) => observation.indicator))];
  const indicators = codes.map((code) => index.indicatorOf(code)).filter((indicator): indicator is Indicator => indicator !== undefined);
  const rollUps: RollUp[] = rootId === undefined ? [] : indicators.map((indicator) => rollUp(index, { indicator, tree, rootId, observations }));
  const shown = rowFilter(index, spec.groupBy);

  const coverage = judged ? measureCoverage(index, { scope, asOf, policy, ruleIds: spec.coverage, rules: options.rules }) : [];
  const reconciliations = reconcileFigures(index, observations, policy.parameters.reconciliation.tolerance);
  const evaluation = wants.has("findings") ? evaluate(index, policy, { asOf, rules: options.rules ?? RULES }) : undefined;

  const reconciled = reconciliationSection(index, reconciliations, sectionTitle("reconciliation"));
  const counts = (reconciled.details as { counts: { consistent: number; inconsistent: number; partial: number } }).counts;
  const charts = [coverageChart(coverage), reconciliationChart(index, reconciliations), ...rollUps.map(rollUpChart)].filter(
    (chart): chart is ReportChart => chart !== undefined,
  );

  const build: Record<ReportSectionKind, () => ReportSection> = {
    narrative: () => ({
      id: "narrative",
      kind: "narrative",
      title: sectionTitle("narrative"),
      paragraphs: narrate({ figures, coverage: wants.has("coverage") ? coverage : undefined, reconciliation: wants.has("reconciliation") ? counts : undefined }),
      tables: [],
      charts: [],
    }),
    figures: () => figuresSection(figures, sectionTitle("figures")),
    "roll-up": () => rollUpSection(rollUps, sectionTitle("roll-up"), shown),
    coverage: () => coverageSection(coverage, sectionTitle("coverage")),
    reconciliation: () => reconciled,
    findings: () =>
      evaluation === undefined
        ? { id: "findings", kind: "findings", title: sectionTitle("findings"), paragraphs: [], tables: [], charts: [] }
        : findingsSection(index, evaluation, evaluation.findings.filter((finding) => findingWithinScope(index, scope, finding)), sectionTitle("findings")),
    charts: () => ({ id: "charts", kind: "charts", title: sectionTitle("charts"), paragraphs: [], tables: [], charts }),
  };

  const name = scopeName(index, scope);
  const datasetTitle = index.dataset.meta.title;
  const title = spec.title ?? (typeof datasetTitle === "string" ? { "zh-CN": datasetTitle, en: datasetTitle } : (datasetTitle ?? name));
  const cited = new Set(observations.flatMap((observation) => (observation.sources ?? []).map((source) => source.documentId)));
  const sources: ReportSource[] = index.dataset.documents
    .filter((document) => cited.has(document.id))
    .map((document) => ({
      documentId: document.id,
      title: typeof document.title === "string" ? { "zh-CN": document.title, en: document.title } : document.title,
      ...(document.date === undefined ? {} : { date: document.date }),
    }));

  const report: Report = {
    formatVersion: REPORT_FORMAT_VERSION,
    title,
    subtitle: {
      "zh-CN": `${localize(name, "zh-CN")} · ${period.label["zh-CN"]}`,
      en: `${localize(name, "en")} · ${period.label.en}`,
    },
    scope: { type: scope.type, id: scope.id, name },
    period: { ...(period.from === undefined ? {} : { from: period.from }), ...(period.to === undefined ? {} : { to: period.to }), label: period.label },
    asOf,
    personalData: spec.personalData,
    sources,
    sections: spec.sections.map((kind) => build[kind]()),
  };
  return spec.personalData === "visible" ? report : maskReport(report);
}
