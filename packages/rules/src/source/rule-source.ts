import { z } from "zod";
import { defineEnumLabels, LocalizedTextSchema } from "@dangjian/core";

/**
 * How well a rule's basis is established, as the domain brief grades its facts: read in the primary text
 * (confirmed), quoted by secondary sources (secondary), or not found and kept only as a documented default
 * (unconfirmed).
 *
 * @category Rules
 */
export const CONFIDENCES = ["confirmed", "secondary", "unconfirmed"] as const;

/**
 * How well a rule's basis is established.
 *
 * @category Rules
 */
export const ConfidenceSchema = z.enum(CONFIDENCES);

/**
 * How well a rule's basis is established.
 *
 * @category Rules
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * The zh-CN and en labels of every confidence.
 *
 * @category Rules
 */
export const confidenceLabels = defineEnumLabels("Confidence", CONFIDENCES, {
  confirmed: { "zh-CN": "已核实原文", en: "confirmed" },
  secondary: { "zh-CN": "转引来源", en: "secondary" },
  unconfirmed: { "zh-CN": "未经核实（默认参数）", en: "unconfirmed (documented default)" },
});

/**
 * What a rule rests on: a Party regulation, a policy document, or a local working mechanism.
 *
 * @category Rules
 */
export const RULE_SOURCE_KINDS = ["regulation", "policy", "mechanism"] as const;

/**
 * What a rule rests on.
 *
 * @category Rules
 */
export const RuleSourceKindSchema = z.enum(RULE_SOURCE_KINDS);

/**
 * What a rule rests on.
 *
 * @category Rules
 */
export type RuleSourceKind = z.infer<typeof RuleSourceKindSchema>;

/**
 * The zh-CN and en labels of every rule source kind.
 *
 * @category Rules
 */
export const ruleSourceKindLabels = defineEnumLabels("RuleSourceKind", RULE_SOURCE_KINDS, {
  regulation: { "zh-CN": "党内法规", en: "Party regulation" },
  policy: { "zh-CN": "政策文件", en: "policy document" },
  mechanism: { "zh-CN": "工作机制", en: "working mechanism" },
});

/**
 * The source a rule rests on: the document (and article, when a source quotes it) or the mechanism, and how
 * well established it is.
 *
 * @example
 * ```ts
 * const source: RuleSource = {
 *   kind: "regulation",
 *   title: { "zh-CN": "中国共产党支部工作条例（试行）", en: "Regulations on the Work of CPC Branches (Trial)" },
 *   year: 2018,
 *   confidence: "secondary",
 * };
 * ```
 * @category Rules
 */
export const RuleSourceSchema = z.object({
  /** A regulation, a policy document or a mechanism. */
  kind: RuleSourceKindSchema,
  /** The document's or mechanism's title in both languages. */
  title: LocalizedTextSchema,
  /** The article or section, when a source quotes it (`第三十条`). */
  article: z.string().min(1).optional(),
  /** The year the document was issued. */
  year: z.number().int().min(1921).max(2100).optional(),
  /** How well the rule's basis is established. */
  confidence: ConfidenceSchema,
});

/**
 * The source a rule rests on.
 *
 * @category Rules
 */
export type RuleSource = z.infer<typeof RuleSourceSchema>;
