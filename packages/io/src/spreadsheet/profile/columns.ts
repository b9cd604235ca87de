import {
  PartialDateSchema,
  QuantityInputSchema,
  RECORD_SCHEMAS,
  listVocabulary,
  type CollectionName,
  type EnumLabels,
} from "@dangjian/core";
import type { z } from "zod";

/**
 * How a column's cells are read and written.
 *
 * - `text`: trimmed text; a number becomes its digits, an Excel date `YYYY-MM-DD`.
 * - `date`: a day as `YYYY-MM-DD` text or an Excel date; `partial-date` also takes `YYYY` and `YYYY-MM`.
 * - `number`: a number cell or numeric text.
 * - `boolean`: true/false, 是/否, 1/0 (and yes/no, 对/错).
 * - `enum`: a code, or its zh-CN or en label.
 * - `list`: several values in one cell, separated by `;`, `；`, `、` or `,`… (see {@link LIST_SEPARATORS}).
 * - `quantity`: a loose quantity as text (`400余名`), or its JSON object.
 * - `json`: JSON text, for nested arrays of objects and open records (`sources`, `designations` …).
 *
 * @category Spreadsheet
 */
export type ColumnKind = "text" | "date" | "partial-date" | "number" | "boolean" | "enum" | "list" | "quantity" | "json";

/**
 * One column of a collection's sheet, derived from the collection's record schema.
 *
 * @category Spreadsheet
 */
export interface SheetColumn {
  /** The field's dotted path in the record: `name`, or `scope.type` for a field of a small fixed object. */
  readonly key: string;
  /** The same path as segments. */
  readonly path: readonly string[];
  /** How its cells are read and written. */
  readonly kind: ColumnKind;
  /** For a list: how each item is read (`text` or `enum`). */
  readonly itemKind?: "text" | "enum";
  /** For an enum or a list of enum values: the codes it accepts. */
  readonly values?: readonly string[];
  /** For an enum or a list of enum values: the labels of the codes, when core's vocabulary has them. */
  readonly labels?: EnumLabels;
  /** Whether a record must have a value in this column. */
  readonly required: boolean;
}

/**
 * The separators accepted between the items of a list cell; writers use the first.
 *
 * @category Spreadsheet
 */
export const LIST_SEPARATORS: readonly string[] = [";", "；", "、", ",", "，", "\n"];

type Def = { type: string; [key: string]: unknown };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

// optional, default and nullable wrappers say whether a value is needed, not what it is
function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") {
      optional = true;
      current = def["innerType"] as z.ZodType;
    } else return { schema: current, optional };
  }
}

function enumValues(schema: z.ZodType): readonly string[] | undefined {
  const def = defOf(schema);
  if (def.type !== "enum") return undefined;
  return Object.values(def["entries"] as Record<string, string>);
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

function labelsFor(values: readonly string[]): EnumLabels | undefined {
  return listVocabulary().find((table) => sameValues(table.values, values));
}

type Scalar = Pick<SheetColumn, "kind" | "values" | "labels">;

function scalarKind(schema: z.ZodType): Scalar | undefined {
  if (schema === PartialDateSchema) return { kind: "partial-date" };
  const def = defOf(schema);
  if (def.type === "string") return { kind: def["format"] === "date" ? "date" : "text" };
  if (def.type === "number" || def.type === "int") return { kind: "number" };
  if (def.type === "boolean") return { kind: "boolean" };
  const values = enumValues(schema);
  if (values) {
    const labels = labelsFor(values);
    return labels ? { kind: "enum", values, labels } : { kind: "enum", values };
  }
  return undefined;
}

function column(path: readonly string[], scalar: Scalar, required: boolean, itemKind?: "text" | "enum"): SheetColumn {
  const out: { -readonly [K in keyof SheetColumn]: SheetColumn[K] } = { key: path.join("."), path, kind: scalar.kind, required };
  if (itemKind) out.itemKind = itemKind;
  if (scalar.values) out.values = scalar.values;
  if (scalar.labels) out.labels = scalar.labels;
  return out;
}

function fieldColumns(name: string, field: z.ZodType): SheetColumn[] {
  const { schema, optional } = unwrap(field);
  if (unwrap(schema).schema === unwrap(QuantityInputSchema).schema || schema === QuantityInputSchema) {
    return [column([name], { kind: "quantity" }, !optional)];
  }
  const scalar = scalarKind(schema);
  if (scalar) return [column([name], scalar, !optional)];
  const def = defOf(schema);
  if (def.type === "array") {
    const item = scalarKind(unwrap(def["element"] as z.ZodType).schema);
    if (item && (item.kind === "text" || item.kind === "enum")) {
      return [column([name], { ...item, kind: "list" }, !optional, item.kind)];
    }
  }
  if (def.type === "object") {
    // a small fixed object of scalars spreads over dotted columns; anything deeper stays JSON in one cell
    const shape = def["shape"] as Record<string, z.ZodType>;
    const parts = Object.entries(shape).map(([key, sub]) => ({ key, ...unwrap(sub), scalar: scalarKind(unwrap(sub).schema) }));
    if (parts.every((part) => part.scalar)) {
      return parts.map((part) => column([name, part.key], part.scalar as Scalar, !optional && !part.optional));
    }
  }
  return [column([name], { kind: "json" }, !optional)];
}

const cache = new Map<CollectionName, readonly SheetColumn[]>();

/**
 * The columns of a collection's sheet (or CSV file), in the order of the record schema's fields: one column per
 * scalar field, dotted columns for a small fixed object (`scope.type`, `scope.id`), one list column for an array
 * of scalars, one JSON column for anything nested deeper.
 *
 * @param collection - the collection
 * @returns its columns
 * @example
 * ```ts
 * sheetColumns("observations").map((column) => column.key);
 * // ["id", "indicator", "scope.type", "scope.id", "asOf", "period.from", "period.to", "value", "sources", "note"]
 * ```
 * @category Spreadsheet
 */
export function sheetColumns(collection: CollectionName): readonly SheetColumn[] {
  let found = cache.get(collection);
  if (!found) {
    const shape = RECORD_SCHEMAS[collection].shape as Record<string, z.ZodType>;
    found = Object.entries(shape).flatMap(([name, field]) => fieldColumns(name, field));
    cache.set(collection, found);
  }
  return found;
}
