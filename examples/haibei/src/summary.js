import { readFile } from "node:fs/promises";
import {
  COLLECTION_NAMES,
  collectionLabels,
  formatQuantity,
  indexDataset,
  labelOf,
  localize,
  nameOf,
  parseDataset,
} from "@dangjian/core";

const SCOPE_COLLECTIONS = { organization: "organizations", region: "regions", "host-unit": "hostUnits", campaign: "campaigns" };

/**
 * One observation as a line: scope · indicator · quantity, e.g. `海晏县 · 党员先锋岗 · 52个`.
 * @param {import("@dangjian/core").DatasetIndex} index
 * @param {import("@dangjian/core").Observation} observation
 * @param {"zh-CN" | "en"} locale
 * @returns {string}
 */
export function observationLine(index, observation, locale) {
  const scope = index.get(SCOPE_COLLECTIONS[observation.scope.type], observation.scope.id);
  const organization = observation.scope.type === "organization" ? scope : undefined;
  // organizations are known by their short names (海北州委组织部) in Chinese text
  const scopeName = scope === undefined ? observation.scope.id : locale === "zh-CN" && organization?.shortName ? organization.shortName : nameOf(scope, locale);
  const indicator = index.indicatorOf(observation.indicator);
  const label = indicator ? localize(indicator.label, locale) : observation.indicator;
  return `${scopeName} · ${label} · ${formatQuantity(observation.value, { locale })}`;
}

/**
 * Reads and parses an exchange document from disk.
 * @param {string | URL} file
 * @param {"zh-CN" | "en"} locale
 */
export async function loadDataset(file, locale) {
  const text = await readFile(file, "utf8");
  return parseDataset(JSON.parse(text), { locale, location: { file: String(file) } });
}

/**
 * The lines of the summary: what the dataset holds, its issues, and every observation.
 * @param {import("@dangjian/core").ParseDatasetResult} result
 * @param {"zh-CN" | "en"} locale
 * @returns {string[]}
 */
export function summarize(result, locale) {
  const { dataset, issues } = result;
  const zh = locale === "zh-CN";
  const lines = [];
  const title = dataset.meta.title;
  if (title) lines.push(typeof title === "string" ? title : localize(title, locale), "");
  const counts = COLLECTION_NAMES.filter((name) => dataset[name].length > 0).map(
    (name) => `${labelOf(collectionLabels, name, locale)} ${dataset[name].length}`,
  );
  lines.push((zh ? "数据：" : "Records: ") + counts.join(zh ? "，" : ", "));
  lines.push(zh ? `问题：${issues.length} 个` : `Issues: ${issues.length}`);
  for (const issue of issues) lines.push(`  [${issue.severity}] ${issue.path} ${issue.text}`);
  lines.push("");
  const index = indexDataset(dataset);
  lines.push(zh ? `观测数据 ${dataset.observations.length} 条：` : `${dataset.observations.length} observations:`);
  for (const observation of dataset.observations) lines.push(observationLine(index, observation, locale));
  return lines;
}
