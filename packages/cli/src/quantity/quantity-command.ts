import { Option, type Command } from "commander";
import { formatQuantity, labelOf, parseQuantity, quantityQualifierLabels, type LocalizedText, type LocatedIssue, type Locale, type Quantity } from "@dangjian/core";
import { issueLine } from "../output/issue-line.js";
import { localeOption, readLocale } from "../options/options.js";
import type { CommandContext } from "../run-cli/command-context.js";

/**
 * What `dangjian quantity --format json` prints: the quantity read, its canonical forms, or the issues.
 *
 * @category CLI
 */
export interface QuantityExplanation {
  /** The text as given. */
  readonly text: string;
  /** Whether it could be read. */
  readonly ok: boolean;
  /** The quantity, when it could be read. */
  readonly quantity?: Quantity;
  /** Its canonical text in zh-CN and en, when it could be read. */
  readonly canonical?: LocalizedText;
  /** Every issue, with the text in the chosen locale. */
  readonly issues: readonly LocatedIssue[];
}

/**
 * Reads a loose quantity ("400余名") and says what it means.
 *
 * @param text - the quantity as written
 * @param locale - the language of issue texts
 * @returns the explanation
 * @example
 * ```ts
 * explainQuantity("400余名", "en").canonical?.en; // "more than 400"
 * ```
 * @category CLI
 */
export function explainQuantity(text: string, locale: Locale): QuantityExplanation {
  const result = parseQuantity(text);
  const issues = result.issues.map((issue) => ({ ...issue, text: issue.message[locale] }));
  if (!result.ok) return { text, ok: false, issues };
  const quantity = result.value;
  return {
    text,
    ok: true,
    quantity,
    canonical: { "zh-CN": formatQuantity(quantity, { locale: "zh-CN" }), en: formatQuantity(quantity, { locale: "en" }) },
    issues,
  };
}

function bound(value: number | null, inclusive: boolean, locale: Locale): string {
  if (value === null) return locale === "zh-CN" ? "无" : "none";
  const word = inclusive ? (locale === "zh-CN" ? "含" : "inclusive") : locale === "zh-CN" ? "不含" : "exclusive";
  return `${value.toLocaleString("en")} (${word})`;
}

function explanationLines(explanation: QuantityExplanation, locale: Locale): string[] {
  const { quantity, canonical } = explanation;
  if (quantity === undefined || canonical === undefined) return [];
  const zh = locale === "zh-CN";
  const qualifier = quantity.qualifier === null ? (zh ? "无（确数）" : "none (exact)") : `${quantity.qualifier} (${labelOf(quantityQualifierLabels, quantity.qualifier, locale)})`;
  const rows: [string, string][] = [
    [zh ? "原文" : "text", quantity.text],
    [zh ? "下限" : "minimum", bound(quantity.min, quantity.minInclusive, locale)],
    [zh ? "上限" : "maximum", bound(quantity.max, quantity.maxInclusive, locale)],
    [zh ? "单位" : "unit", quantity.unit ?? (zh ? "无" : "none")],
    [zh ? "修饰" : "qualifier", qualifier],
    [zh ? "所述数字" : "stated", quantity.stated === null ? (zh ? "无（区间）" : "none (a range)") : String(quantity.stated)],
    [zh ? "数量级" : "scale", quantity.scale ?? (zh ? "无" : "none")],
    [zh ? "规范中文" : "canonical zh-CN", canonical["zh-CN"]],
    [zh ? "规范英文" : "canonical en", canonical.en],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
}

/**
 * Defines `dangjian quantity <text>`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function defineQuantityCommand(command: Command, context: CommandContext): void {
  command
    .summary("explain a loose quantity such as 400余名 / 解释模糊数量")
    .description(
      "explain a loose quantity (400余名, 近1万名, 20万元以上): bounds, inclusivity, qualifier, canonical zh-CN and en forms\n" +
        "解释模糊数量：上下限、是否包含、修饰词、规范的中英文写法",
    )
    .argument("<text>", "the quantity as written / 数量原文")
    .addOption(localeOption())
    .addOption(new Option("--format <format>", "output: text, or json for machines / 输出格式").choices(["text", "json"]).default("text"))
    .action((text: string, options: { locale: string; format: "text" | "json" }) => {
      const locale = readLocale(options.locale);
      const explanation = explainQuantity(text, locale);
      context.setExitCode(explanation.ok ? 0 : 1);
      const { stdout } = context.io;
      if (options.format === "json") {
        stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
        return;
      }
      for (const line of explanationLines(explanation, locale)) stdout.write(`${line}\n`);
      for (const issue of explanation.issues) stdout.write(`${issueLine(issue, locale, context.terminal.stdoutColour)}\n`);
    });
}
