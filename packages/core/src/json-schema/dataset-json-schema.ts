import { z } from "zod";
import { RecordIdSchema, SourceRefSchema } from "../record/record.js";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { PartialDateSchema } from "../provenance/document.js";
import { LocalizedTextSchema } from "../label/localized-text.js";
import { QuantityInputSchema } from "../quantity/quantity-input.js";
import { RegionCodeSchema } from "../region-code/index.js";
import {
  COLLECTION_NAMES,
  DatasetMetaSchema,
  DatasetSchema,
  RECORD_SCHEMAS,
  SUPPORTED_FORMAT_VERSIONS,
  type CollectionName,
} from "../exchange/dataset.js";
import { collectionLabels } from "../exchange/collection-labels.js";

/**
 * The `$id` of the exchange document's JSON Schema: where the published file can be fetched
 * (`@dangjian/core/schema/dataset.schema.json` on the npm CDN).
 *
 * @example
 * ```ts
 * const doc = { $schema: DATASET_SCHEMA_ID, formatVersion: "1.0" };
 * ```
 * @category JSON Schema
 */
export const DATASET_SCHEMA_ID = "https://unpkg.com/@dangjian/core/schema/dataset.schema.json";

/**
 * The JSON Schema (draft 2020-12) of the exchange document, as {@link toDatasetJsonSchema} returns it.
 *
 * @category JSON Schema
 */
export interface DatasetJsonSchema {
  /** Always `https://json-schema.org/draft/2020-12/schema`. */
  readonly $schema: string;
  /** Always {@link DATASET_SCHEMA_ID}. */
  readonly $id: string;
  /** The schema's title, in both languages. */
  readonly title: string;
  /** What the schema checks and what it cannot, in both languages. */
  readonly description: string;
  /** The rest of the schema: `type`, `properties`, `required`, `$defs`, … */
  readonly [keyword: string]: unknown;
}

// the name of each record type under `$defs`, checked exhaustive by the mapped type
const RECORD_DEF_NAMES: { readonly [K in CollectionName]: string } = {
  documents: "SourceDocument",
  regions: "Region",
  organizations: "PartyOrganization",
  hostUnits: "HostUnit",
  people: "Person",
  memberships: "Membership",
  posts: "Post",
  postHoldings: "PostHolding",
  teams: "Team",
  sites: "Site",
  activities: "Activity",
  campaigns: "Campaign",
  pairings: "Pairing",
  households: "Household",
  indicators: "Indicator",
  observations: "Observation",
};

type Meta = { id?: string; title?: string; description?: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// What the parser reads without an error: a supported major with any minor (a newer minor is only a warning).
function formatVersionPattern(): string {
  const majors = [...new Set(SUPPORTED_FORMAT_VERSIONS.map((version) => version.split(".")[0] ?? version))];
  const major = majors.length === 1 ? escapeRegExp(majors[0] ?? "") : `(?:${majors.map(escapeRegExp).join("|")})`;
  return `^${major}\\.\\d+$`;
}

function metadata(): z.core.$ZodRegistry<Meta> {
  // package-local, built per call: nothing global is touched (house rule 5) and importing has no effect
  const registry = z.registry<Meta>();
  registry.add(RecordIdSchema, {
    id: "RecordId",
    description: "记录标识：1–200 个字符，首尾无空白。A record identifier: 1 to 200 characters, no surrounding whitespace.",
  });
  registry.add(CalendarDateSchema, {
    id: "CalendarDate",
    description: "日历日期 YYYY-MM-DD，须为真实存在的日期。A calendar day as YYYY-MM-DD that exists (no 2023-02-30).",
  });
  registry.add(PartialDateSchema, {
    id: "PartialDate",
    description: "年、年月或真实日期：YYYY、YYYY-MM 或 YYYY-MM-DD。A year, a month or a real day: YYYY, YYYY-MM or YYYY-MM-DD.",
  });
  registry.add(LocalizedTextSchema, { id: "LocalizedText", description: "中英文文本。A text in zh-CN and en." });
  registry.add(SourceRefSchema, {
    id: "SourceRef",
    description: "出处：来源文档及引文、位置。Where a fact comes from: a source document, a quote and a locator.",
  });
  registry.add(RegionCodeSchema, {
    id: "RegionCode",
    description:
      "规范形式的统计用区划代码（6、9 或 12 位数字）；各级代码段是否合规（如省级段不为 00、不补零）由解析器检查。" +
      "A region code in canonical form (6, 9 or 12 digits); whether its segments are well formed (no 00 province, " +
      "no zero-padded form) is checked by the parser, not by this schema.",
  });
  registry.add(QuantityInputSchema, {
    id: "QuantityInput",
    description:
      "数量：原文（如“400余名”）或完整的数量对象。原文能否解析、上下界是否自洽由解析器检查。A quantity: its text " +
      "(\"400余名\") or the full quantity object. Whether the text parses and the bounds hold is checked by the parser.",
  });
  registry.add(DatasetMetaSchema, { id: "DatasetMeta", description: "交换文档的说明。What the document says about itself." });
  for (const name of COLLECTION_NAMES) {
    const labels = collectionLabels.labels[name];
    registry.add(RECORD_SCHEMAS[name], {
      id: RECORD_DEF_NAMES[name],
      title: `${labels["zh-CN"]} / ${labels.en}`,
    });
    registry.add(DatasetSchema.shape[name], {
      description: `${labels["zh-CN"]}记录，可省略。The ${labels.en} records; may be left out.`,
    });
  }
  registry.add(DatasetSchema.shape.formatVersion, {
    description: `格式版本，本版本支持 ${SUPPORTED_FORMAT_VERSIONS.join("、")}。The format version; this release reads ${SUPPORTED_FORMAT_VERSIONS.join(", ")}.`,
  });
  return registry;
}

/**
 * Generates the JSON Schema (draft 2020-12) of the exchange document from {@link DatasetSchema}, for
 * integrators who validate exchange files in other languages. The committed
 * `packages/core/schema/dataset.schema.json` is this function's output (`pnpm --filter @dangjian/core schema`).
 *
 * Decisions:
 * - `io: "input"`: the schema describes the document as written, so a quantity is its text or its
 *   object (the union before the transform that parses it), not the parsed value.
 * - `unrepresentable: "throw"`: exchange schemas use JSON-native types only, so a schema that cannot be
 *   represented (a `z.date()`, a bare transform) is a bug to fix in the zod schema, never a silent `{}`.
 * - `override` has one use: `formatVersion` is pinned to the majors this release reads (`^1\.\d+$`),
 *   because the parser refuses other majors and the zod schema's `^\d+\.\d+$` alone would accept them.
 * - Records and shared definitions (record id, calendar date, quantity, region code …) are registered
 *   in a local registry with ids, so they appear once under `$defs` and are referenced by `$ref`.
 * - Objects are open (no `additionalProperties: false`): the parser only warns about unknown fields,
 *   and a newer minor format version may add fields.
 *
 * What it cannot check and the parser does: references between records, duplicate ids, cycles and
 * dates out of order; whether a quantity text parses ("若干" is a string) and whether a quantity's
 * bounds hold; whether a region code's segments are well formed (no `00` province, no zero-padded
 * form) beyond its digits; the parser's URL check (the schema says `format: "uri"`, which validators may
 * leave unchecked).
 *
 * @returns the schema, with `$schema`, `$id`, `title` and `description` first
 * @example
 * ```ts
 * import Ajv2020 from "ajv/dist/2020";
 * // the `pattern` of a date already checks it is real; `type: [...]` lists need allowUnionTypes under strict mode
 * const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, formats: { date: true, uri: true } });
 * const validate = ajv.compile(toDatasetJsonSchema());
 * validate({ formatVersion: "1.0", regions: [] }); // true
 * ```
 * @category JSON Schema
 */
export function toDatasetJsonSchema(): DatasetJsonSchema {
  const formatVersion = DatasetSchema.shape.formatVersion;
  const generated = z.toJSONSchema(DatasetSchema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    metadata: metadata(),
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === formatVersion) jsonSchema.pattern = formatVersionPattern();
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: typeof $schema === "string" ? $schema : "https://json-schema.org/draft/2020-12/schema",
    $id: DATASET_SCHEMA_ID,
    title: "基层党建交换文档 / dangjian exchange document",
    description:
      "一个 JSON 对象：格式版本、文档说明及各类记录集合（均可省略）。本模式只检查形状；记录之间的引用、重复标识、" +
      "日期先后、数量原文能否解析等由 parseDataset 检查。One JSON object: the format version, the document's metadata and " +
      "every record collection (each optional). This schema checks shape only; references between records, duplicate " +
      "ids, the order of dates and whether quantity texts parse are checked by parseDataset.",
    ...rest,
  };
}
