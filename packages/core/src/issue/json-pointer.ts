/**
 * Turns path segments into a JSON pointer (RFC 6901), escaping `~` and `/`.
 *
 * @param segments - property names and array indexes from the document root
 * @returns the JSON pointer, `""` for the root
 * @example
 * ```ts
 * toJsonPointer(["organizations", 3, "parentId"]); // "/organizations/3/parentId"
 * ```
 * @category Issues
 */
export function toJsonPointer(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment) => "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1"))
    .join("");
}

/**
 * Splits a JSON pointer (RFC 6901) into its segments, unescaping `~1` and `~0`.
 *
 * @param pointer - a JSON pointer such as `/organizations/3/parentId`
 * @returns the segments as strings
 * @example
 * ```ts
 * fromJsonPointer("/a~1b/0"); // ["a/b", "0"]
 * ```
 * @category Issues
 */
export function fromJsonPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}
