import { Option, type Command } from "commander";
import { nameOf, type DatasetIndex, type Locale, type PairingParty } from "@dangjian/core";
import { PLANNED_PAIRING_KINDS, planPairings, type PairingPlan, type PlannedPairingKind, type PlanPairingsRequest } from "@dangjian/rules";
import { loadDataset } from "../dataset-input/load-dataset.js";
import { asOfOption, localeOption, readAsOf, readLocale, writeResult } from "../options/options.js";
import { readPolicyOption } from "../options/read-policy.js";
import type { CommandContext } from "../run-cli/command-context.js";

const COLLECTION_OF_PARTY = { organization: "organizations", region: "regions", "host-unit": "hostUnits", person: "people", household: "households" } as const;

function partyName(index: DatasetIndex, party: PairingParty, locale: Locale): string {
  const record = index.get(COLLECTION_OF_PARTY[party.type], party.id) as { id: string; name?: string; nameEn?: string } | undefined;
  return record === undefined ? party.id : `${nameOf(record, locale)} (${party.id})`;
}

function planLines(plan: PairingPlan, index: DatasetIndex, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const s = plan.summary;
  const lines = [
    zh
      ? `${plan.kind} 结对方案（截至 ${plan.asOf}，${plan.policy.id}@${plan.policy.version}）：需求 ${s.demand}，帮扶方 ${s.helpers}（可承担 ${s.supply}），覆盖 ${s.covered}，未覆盖 ${s.uncovered}，用到 ${s.helpersUsed} 个帮扶方，总距离 ${s.totalDistance}`
      : `${plan.kind} plan as of ${plan.asOf} (${plan.policy.id}@${plan.policy.version}): demand ${s.demand}, helpers ${s.helpers} (capacity ${s.supply}), covered ${s.covered}, uncovered ${s.uncovered}, helpers used ${s.helpersUsed}, total distance ${s.totalDistance}`,
  ];
  plan.proposals.forEach((proposal, i) => {
    lines.push(`  ${proposal.id}  ${partyName(index, proposal.helper, locale)} → ${partyName(index, proposal.target, locale)}  ${zh ? "距离" : "distance"} ${plan.distances[i] ?? "?"}`);
  });
  for (const shortfall of s.shortfalls) {
    lines.push(zh ? `  缺口：${shortfall.name}（${shortfall.regionId}）缺 ${shortfall.shortBy}/${shortfall.demand}` : `  short: ${shortfall.name} (${shortfall.regionId}) by ${shortfall.shortBy} of ${shortfall.demand}`);
  }
  return lines;
}

/**
 * Defines `dangjian plan <dataset> --kind <kind>`.
 *
 * @param command - the command to define
 * @param context - streams, terminal and exit code
 * @category CLI
 */
export function definePlanCommand(command: Command, context: CommandContext): void {
  command
    .summary("propose pairings / 提出结对方案")
    .description(
      "propose pairings that cover every village, household or empty seat with the nearest helpers that have room\n" +
        "提出结对方案：以就近且有余力的帮扶方覆盖每个村、每户或每个空缺",
    )
    .argument("<dataset>", "a .json, .ndjson, .xlsx file or a folder of .csv files / 数据集文件或 CSV 文件夹")
    .addOption(new Option("--kind <kind>", "what to plan / 结对类型").choices([...PLANNED_PAIRING_KINDS]).makeOptionMandatory())
    .option("--policy <name|file>", "the policy whose parameters apply (one-link-two-helps-three-governances by default) / 适用政策")
    .option("--candidates <ids>", "dispatch: comma-separated ids of the people who may be sent / 可选派人员编号，逗号分隔")
    .addOption(asOfOption())
    .addOption(localeOption())
    .addOption(new Option("--format <format>", "output: text, or json for machines / 输出格式").choices(["text", "json"]).default("text"))
    .option("--out <file>", "write to a file instead of stdout / 写入文件")
    .action(async (file: string, options: { kind: PlannedPairingKind; policy?: string; candidates?: string; asOf?: string; locale: string; format: "text" | "json"; out?: string }) => {
      const locale = readLocale(options.locale);
      const asOf = readAsOf(options.asOf);
      const policy = options.policy === undefined ? undefined : await readPolicyOption(options.policy, context.cwd, locale);
      const loaded = await loadDataset(file, context, locale);
      const base = policy === undefined ? { asOf } : { asOf, policy };
      const candidateIds = options.candidates?.split(",").map((id) => id.trim()).filter((id) => id !== "");
      const request: PlanPairingsRequest =
        options.kind === "dispatch"
          ? { ...base, kind: "dispatch", ...(candidateIds === undefined ? {} : { candidateIds }) }
          : { ...base, kind: options.kind };
      const plan = planPairings(loaded.index, request);
      const text = options.format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : `${planLines(plan, loaded.index, locale).join("\n")}\n`;
      await writeResult(text, options.out, context.io, context.terminal.stdoutIsTTY, context.cwd);
    });
}
