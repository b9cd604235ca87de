import { formatNdjsonRecord, NDJSON_COLLECTION_ORDER, NDJSON_META_TYPE } from "@dangjian/io";

/**
 * Writes an exchange document as NDJSON lines the way `@dangjian/io` reads them: first a `meta` line with
 * `formatVersion` and the document's meta fields, then one record a line with its `type` (`organization`,
 * `person` …), organizations and the other referenced records first so a stream can check references.
 *
 * @param document - the exchange document (as read, quantities as text) or a dataset
 * @returns the lines, without newlines
 * @example
 * ```ts
 * datasetNdjsonLines({ formatVersion: "1.0", organizations: [{ id: "o-1", name: "某党支部", kind: "branch" }] });
 * // ['{"type":"meta","formatVersion":"1.0"}', '{"type":"organization","id":"o-1","name":"某党支部","kind":"branch"}']
 * ```
 * @category CLI
 */
export function datasetNdjsonLines(document: Readonly<Record<string, unknown>>): string[] {
  const meta = document["meta"];
  const metaFields = typeof meta === "object" && meta !== null ? meta : {};
  const lines = [JSON.stringify({ type: NDJSON_META_TYPE, formatVersion: document["formatVersion"] ?? "1.0", ...metaFields })];
  for (const collection of NDJSON_COLLECTION_ORDER) {
    const records = document[collection];
    if (!Array.isArray(records)) continue;
    for (const record of records) lines.push(formatNdjsonRecord(collection, record as object));
  }
  return lines;
}
