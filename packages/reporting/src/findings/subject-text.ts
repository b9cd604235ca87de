import type { DatasetIndex, LocalizedText, ObservationScope } from "@dangjian/core";
import type { FindingSubject } from "@dangjian/rules";
import { scopeName } from "../scope/report-scope.js";

const NAMED_SCOPES: ReadonlySet<string> = new Set(["organization", "region", "host-unit", "campaign"]);

/**
 * A finding subject's name in both languages: an organization, region, host unit or campaign by its names, a
 * reported figure by its scope and indicator (`某县 · 党员先锋岗`), anything else by the name the finding gives.
 *
 * @param index - the dataset's index
 * @param subject - the subject
 * @returns the name in both languages
 * @example
 * ```ts
 * subjectText(index, { type: "observation", id: "obs-posts", name: "obs-posts" }); // { "zh-CN": "某县 · 党员先锋岗", en: "Some County · vanguard posts" }
 * ```
 * @category Findings
 */
export function subjectText(index: DatasetIndex, subject: FindingSubject): LocalizedText {
  if (NAMED_SCOPES.has(subject.type)) return scopeName(index, subject as unknown as ObservationScope);
  if (subject.type === "observation") {
    const observation = index.observations.get(subject.id);
    if (observation !== undefined) {
      const scope = scopeName(index, observation.scope);
      const label = index.indicatorOf(observation.indicator)?.label ?? { "zh-CN": observation.indicator, en: observation.indicator };
      return { "zh-CN": `${scope["zh-CN"]} · ${label["zh-CN"]}`, en: `${scope.en} · ${label.en}` };
    }
  }
  return { "zh-CN": subject.name, en: subject.name };
}
