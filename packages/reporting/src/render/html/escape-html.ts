const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and `'`.
 *
 * @param text - plain text
 * @returns the text, safe between tags and inside quotes
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for element content, its line breaks kept as `<br>`.
 *
 * @param text - plain text, possibly with newlines
 * @returns HTML
 * @internal
 */
export function escapeHtmlLines(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map(escapeHtml)
    .join("<br>");
}
