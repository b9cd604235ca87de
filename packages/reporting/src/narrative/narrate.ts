import type { LocalizedText } from "@dangjian/core";
import type { CoverageResult } from "../coverage/measure-coverage.js";
import type { FigureDetail } from "../figures/figures-section.js";

/**
 * How many reported figures the records confirm, contradict, or cannot confirm.
 *
 * @category Narrative
 */
export interface ReconciliationCounts {
  /** Figures the records bear out. */
  readonly consistent: number;
  /** Figures the records contradict. */
  readonly inconsistent: number;
  /** Figures with fewer records than reported. */
  readonly partial: number;
}

/**
 * What a narrative is written from: the details of a report's sections, as the report model holds them.
 *
 * @category Narrative
 */
export interface NarrativeFacts {
  /** The reported figures, in report order. */
  readonly figures: readonly FigureDetail[];
  /** The coverage results, if the report measured coverage. */
  readonly coverage?: readonly CoverageResult[] | undefined;
  /** How many figures the records confirm, contradict, or cannot confirm, if the report reconciled them. */
  readonly reconciliation?: ReconciliationCounts | undefined;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// who acts in a sentence: the Party organizations of a region, or the organization, unit or campaign itself
function subjectOf(figure: FigureDetail): LocalizedText {
  const { name } = figure.scope;
  if (figure.scope.type === "region") return { "zh-CN": `${name["zh-CN"]}各级党组织`, en: `Party organizations in ${name.en}` };
  return name;
}

// the most common day figures stand at: stating it on every clause would only repeat it
function usualTime(figures: readonly FigureDetail[]): string | undefined {
  const counts = new Map<string, number>();
  for (const figure of figures) if (figure.time !== undefined) counts.set(figure.time.en, (counts.get(figure.time.en) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function statement(figure: FigureDetail): LocalizedText {
  const value = figure.valueText;
  const scope = figure.scope.name;
  const phrase = figure.phrase ?? { "zh-CN": `${figure.label["zh-CN"]}{value}`, en: `reported ${figure.label.en}: {value}` };
  return { "zh-CN": fill(phrase["zh-CN"], { value: value["zh-CN"], scope: scope["zh-CN"] }), en: fill(phrase.en, { value: value.en, scope: scope.en }) };
}

const namesOwnScope = (figure: FigureDetail) => figure.phrase !== undefined && (figure.phrase["zh-CN"].includes("{scope}") || figure.phrase.en.includes("{scope}"));

// the first word of the indicator's code: figures of one family (sites, pairings, teams …) share a sentence
const familyOf = (figure: FigureDetail) => figure.indicator.split(".")[0] ?? figure.indicator;

interface Run {
  readonly time: LocalizedText | undefined;
  readonly figures: FigureDetail[];
}

// consecutive figures of one family standing at one time make a sentence
function runsOf(figures: readonly FigureDetail[], usual: string | undefined): Run[] {
  const runs: Run[] = [];
  let key: string | undefined;
  for (const figure of figures) {
    const time = figure.time !== undefined && figure.time.en !== usual ? figure.time : undefined;
    const next = `${familyOf(figure)}|${time?.en ?? ""}`;
    const last = runs.at(-1);
    if (last !== undefined && next === key) last.figures.push(figure);
    else runs.push({ time, figures: [figure] });
    key = next;
  }
  return runs;
}

function scopeParagraph(group: readonly FigureDetail[], usual: string | undefined): LocalizedText {
  const [first] = group;
  const subject = first === undefined ? { "zh-CN": "", en: "" } : subjectOf(first);
  const zh: string[] = [];
  const en: string[] = [];
  runsOf(group, usual).forEach((run, position) => {
    const parts = run.figures.map(statement);
    // the subject opens the paragraph; later sentences drop it in Chinese and say "they" in English
    const who = position === 0 ? subject : { "zh-CN": "", en: "they" };
    const clauses = parts.map((part) => part["zh-CN"]).join("，");
    const predicate = listEn(parts.map((part) => part.en));
    if (run.time === undefined) {
      zh.push(`${who["zh-CN"]}${clauses}。`);
      en.push(capitalize(`${who.en} ${predicate}.`));
    } else {
      zh.push(`${run.time["zh-CN"]}，${who["zh-CN"]}${clauses}。`);
      en.push(`${capitalize(run.time.en)}, ${who.en} ${predicate}.`);
    }
  });
  return { "zh-CN": zh.join(""), en: en.join(" ") };
}

function figureParagraphs(figures: readonly FigureDetail[]): LocalizedText[] {
  const usual = usualTime(figures);
  // one paragraph per scope, in the order the scopes first appear; a phrase naming its own scope stands alone
  const groups = new Map<string, FigureDetail[]>();
  const alone: FigureDetail[] = [];
  for (const figure of figures) {
    if (namesOwnScope(figure)) {
      alone.push(figure);
      continue;
    }
    const key = `${figure.scope.type}:${figure.scope.id}`;
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const paragraphs = [...groups.values()].map((group) => scopeParagraph(group, usual));
  for (const figure of alone) {
    const part = statement(figure);
    const time = figure.time !== undefined && figure.time.en !== usual ? figure.time : undefined;
    paragraphs.push(
      time === undefined
        ? { "zh-CN": `${part["zh-CN"]}。`, en: `${capitalize(part.en)}.` }
        : { "zh-CN": `${time["zh-CN"]}，${part["zh-CN"]}。`, en: `${capitalize(time.en)}, ${part.en}.` },
    );
  }
  return paragraphs;
}

function percent(ratio: number): string {
  return `${(Math.round(ratio * 1000) / 10).toString()}%`;
}

function coverageParagraph(results: readonly CoverageResult[]): LocalizedText | undefined {
  const measured = results.filter((result) => result.total > 0);
  if (measured.length === 0) return undefined;
  const zh = measured.map((result) => {
    const share = `${result.total}个对象中${result.covered.length}个达到要求（${percent(result.ratio ?? 0)}）`;
    const rest = [result.missing.length > 0 ? `${result.missing.length}个未达到` : "", result.undetermined.length > 0 ? `${result.undetermined.length}个无法判断` : ""].filter(Boolean);
    return `“${result.title["zh-CN"]}”${share}${rest.length > 0 ? `，${rest.join("，")}` : ""}`;
  });
  const en = measured.map((result) => {
    const rest = [result.missing.length > 0 ? `${result.missing.length} missing` : "", result.undetermined.length > 0 ? `${result.undetermined.length} undecided` : ""].filter(Boolean);
    return `“${result.title.en}”: ${result.covered.length} of ${result.total} (${percent(result.ratio ?? 0)})${rest.length > 0 ? `, ${rest.join(", ")}` : ""}`;
  });
  return { "zh-CN": `从台账看全覆盖情况：${zh.join("；")}。`, en: `Coverage by the records: ${en.join("; ")}.` };
}

function reconciliationParagraph(counts: ReconciliationCounts): LocalizedText | undefined {
  const total = counts.consistent + counts.inconsistent + counts.partial;
  if (total === 0) return undefined;
  return {
    "zh-CN": `可由台账核对的报送数据${total}项：一致${counts.consistent}项，不一致${counts.inconsistent}项，台账不全${counts.partial}项。`,
    en: `${total} reported figures can be checked against the records: ${counts.consistent} consistent, ${counts.inconsistent} inconsistent, ${counts.partial} with partial records.`,
  };
}

/**
 * Writes a report's narrative: one paragraph per scope in the register of a Party-building work report
 * (`某县各级党组织设定党员先锋岗52个，划定党员责任区224个。`) and in plain English, each figure stated with its
 * indicator's phrase (its label when it has none) and, when it stands at another time than most figures, that
 * time; then a paragraph on coverage and one on reconciliation. Every figure in a sentence comes from the facts;
 * no sentence is written about a particular place.
 *
 * @param facts - the figures, coverage results and reconciliation counts of the report model
 * @returns the paragraphs, in both languages
 * @example
 * ```ts
 * narrate({ figures: describeFigures(index, figures) })[0]?.["zh-CN"]; // "某县各级党组织设定党员先锋岗52个，划定党员责任区224个。"
 * ```
 * @category Narrative
 */
export function narrate(facts: NarrativeFacts): LocalizedText[] {
  const paragraphs = figureParagraphs(facts.figures);
  const coverage = facts.coverage === undefined ? undefined : coverageParagraph(facts.coverage);
  if (coverage !== undefined) paragraphs.push(coverage);
  const reconciliation = facts.reconciliation === undefined ? undefined : reconciliationParagraph(facts.reconciliation);
  if (reconciliation !== undefined) paragraphs.push(reconciliation);
  return paragraphs;
}
