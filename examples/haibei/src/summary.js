import { readFile } from "node:fs/promises";
import {
  COLLECTION_NAMES,
  collectionLabels,
  formatQuantity,
  labelOf,
  localize,
  parseDataset,
} from "@dangjian/core";

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
  const names = new Map();
  for (const region of dataset.regions) names.set(`region:${region.id}`, region.name);
  for (const org of dataset.organizations) names.set(`organization:${org.id}`, org.shortName ?? org.name);
  for (const unit of dataset.hostUnits) names.set(`host-unit:${unit.id}`, unit.name);
  for (const campaign of dataset.campaigns) names.set(`campaign:${campaign.id}`, campaign.name);
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.code, indicator]));
  lines.push(zh ? `观测数据 ${dataset.observations.length} 条：` : `${dataset.observations.length} observations:`);
  for (const observation of dataset.observations) {
    const scope = names.get(`${observation.scope.type}:${observation.scope.id}`) ?? observation.scope.id;
    const indicator = indicators.get(observation.indicator);
    const label = indicator ? localize(indicator.label, locale) : observation.indicator;
    lines.push(`${scope} · ${label} · ${formatQuantity(observation.value, { locale })}`);
  }
  return lines;
}
