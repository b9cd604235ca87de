import { Option, type Command } from "commander";
import { labelOf, type IssueSeverity, type Locale } from "@dangjian/core";
import { evaluate, isAtLeastAsSevere, severityLabels, type Evaluation, type Finding, type Severity } from "@dangjian/rules";
import { loadDataset } from "../dataset-input/load-dataset.js";
import { countIssues, paint } from "../output/index.js";
import { asOfOption, localeOption, readAsOf, readLocale } from "../options/options.js";
import { readPolicyOption } from "../options/read-policy.js";
import type { CommandContext } from "../run-cli/command-context.js";

/**
 * What `dangjian check --format json` prints.
 *
 * @category CLI
 */
export interface CheckOutput {
  /** True when no finding and no data error reached `--fail-on`. */
  readonly ok: boolean;
  /** The lowest severity that fails. */
  readonly failOn: Severity;
  /** The policy applied, as `id@version`, and what it extends. */
  readonly policy: {
    /** The policy's id. */
    readonly id: string;
    /** Its version. */
    readonly version: string;
    /** The policies applied, as `id@version`, the earliest first. */
    readonly applied: readonly string[];
  };
  /** The day judged at. */
  readonly asOf: string;
  /** Findings by severity. */
  readonly counts: { readonly [S in Severity]: number };
  /** Every finding, gravest first. */
  readonly findings: readonly Finding[];
  /** Rule by rule: subjects checked, passed, breached, undetermined, skipped. */
  readonly tallies: Evaluation["tallies"];
  /** Issues of the data itself by severity (see `dangjian validate`). */
  readonly dataIssues: { readonly [S in IssueSeverity]: number };
}

function findingLine(finding: Finding, locale: Locale, colour: boolean): string {
  const style = finding.severity === "error" ? "red" : finding.severity === "warning" ? "yellow" : "cyan";
  const subject = finding.subject.map((s) => `${s.type}:${s.id}`).join(", ");
  return `${paint(colour, style, labelOf(severityLabels, finding.severity, locale))} ${finding.ruleId} ${paint(colour, "dim", subject)} ${finding.message[locale]}`;
}

/**
 * Defines `dangjian check <dataset>`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function defineCheckCommand(command: Command, context: CommandContext): void {
  command
    .summary("check a dataset against policy rules / 按政策规则检查")
    .description(
      "check a dataset against a policy's rules (national by default); exit 1 when findings reach --fail-on\n" +
        "按政策规则检查数据集（默认全国性规定）；有达到 --fail-on 级别的问题时退出码为 1",
    )
    .argument("<dataset>", "a .json, .ndjson, .xlsx file or a folder of .csv files / 数据集文件或 CSV 文件夹")
    .option("--policy <name|file>", "a built-in policy (national, first-secretary@2017 …) or a policy .json file / 内置政策名或政策文件", "national")
    .addOption(asOfOption())
    .addOption(localeOption())
    .addOption(new Option("--fail-on <severity>", "lowest severity that fails (exit 1) / 导致失败的最低级别").choices(["error", "warning", "info"]).default("error"))
    .addOption(new Option("--format <format>", "output: text, or json for machines / 输出格式").choices(["text", "json"]).default("text"))
    .action(async (file: string, options: { policy: string; asOf?: string; locale: string; failOn: Severity; format: "text" | "json" }) => {
      const locale = readLocale(options.locale);
      const asOf = readAsOf(options.asOf);
      const policy = await readPolicyOption(options.policy, context.cwd, locale);
      const loaded = await loadDataset(file, context, locale);
      const evaluation = evaluate(loaded.index, policy, { asOf, locale });
      const dataIssues = countIssues(loaded.issues);
      const counts = { error: 0, warning: 0, info: 0 };
      for (const finding of evaluation.findings) counts[finding.severity] += 1;
      // data errors leave records out, so the check cannot pass on them
      const failed = dataIssues.error > 0 || evaluation.findings.some((finding) => isAtLeastAsSevere(finding.severity, options.failOn));
      context.setExitCode(failed ? 1 : 0);
      const { stdout } = context.io;
      if (options.format === "json") {
        const output: CheckOutput = {
          ok: !failed,
          failOn: options.failOn,
          policy: { id: policy.id, version: policy.version, applied: policy.applied },
          asOf,
          counts,
          findings: evaluation.findings,
          tallies: evaluation.tallies,
          dataIssues,
        };
        stdout.write(`${JSON.stringify(output, null, 2)}\n`);
        return;
      }
      const colour = context.terminal.stdoutColour;
      for (const finding of evaluation.findings) stdout.write(`${findingLine(finding, locale, colour)}\n`);
      const title = policy.title[locale];
      stdout.write(
        locale === "zh-CN"
          ? `${title}（${policy.id}@${policy.version}），截至 ${asOf}：${counts.error} 项违反，${counts.warning} 项提示，${counts.info} 项信息\n`
          : `${title} (${policy.id}@${policy.version}) as of ${asOf}: ${counts.error} breaches, ${counts.warning} warnings, ${counts.info} informational\n`,
      );
    });
}
