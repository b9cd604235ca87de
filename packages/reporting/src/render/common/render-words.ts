import type { LocalizedText } from "@dangjian/core";

/**
 * The few words renderers add around the model's own texts, in both languages.
 *
 * @internal
 */
export const RENDER_WORDS = {
  sources: { "zh-CN": "资料来源", en: "Sources" },
  asOf: { "zh-CN": "数据截至", en: "As of" },
  chart: { "zh-CN": "图表", en: "Chart" },
  chartInHtml: { "zh-CN": "图形见 HTML 版", en: "drawn in the HTML version" },
  chartFailed: { "zh-CN": "此图表无法绘制。", en: "This chart could not be drawn." },
  min: { "zh-CN": "下限", en: "min" },
  max: { "zh-CN": "上限", en: "max" },
  level: { "zh-CN": "层级", en: "Level" },
  reportSheet: { "zh-CN": "报告", en: "Report" },
} as const satisfies Record<string, LocalizedText>;
