import { describe, expect, it } from "vitest";
import { decodeText, sniffBytes } from "./decode-text.js";

// "党支部" in GB18030 (the same bytes in GBK and GB2312), from the GB18030-2005 code table
const GB18030_PARTY_BRANCH = Uint8Array.from([0xb5, 0xb3, 0xd6, 0xa7, 0xb2, 0xbf]);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe("decodeText", () => {
  it("reads UTF-8 and says so", () => {
    const result = decodeText(utf8('{"name":"第一党支部"}'));
    expect(result).toMatchObject({ ok: true, text: '{"name":"第一党支部"}', encoding: "utf-8", issues: [] });
  });

  it("drops a UTF-8 byte order mark and names it", () => {
    const result = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("党支部")]));
    expect(result.text).toBe("党支部");
    expect(result.encoding).toBe("utf-8-bom");
  });

  it("reads GB18030 bytes, which are not UTF-8, and reports the encoding it used", () => {
    const result = decodeText(GB18030_PARTY_BRANCH, { file: "members.csv" });
    expect(result.ok).toBe(true);
    expect(result.text).toBe("党支部");
    expect(result.encoding).toBe("gb18030");
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([["file.encoding_detected", "info"]]);
    expect(result.issues[0]?.message.en).toContain("GB18030");
    expect(result.issues[0]?.location).toEqual({ file: "members.csv" });
  });

  it("reads UTF-16 with a byte order mark, and ASCII-heavy UTF-16 without one", () => {
    const marked = decodeText(Uint8Array.from([0xff, 0xfe, ...utf16le('{"id":"党"}')]));
    expect(marked).toMatchObject({ ok: true, text: '{"id":"党"}', encoding: "utf-16le" });
    const unmarked = decodeText(utf16le('{"formatVersion":"1.0"}'));
    expect(unmarked).toMatchObject({ ok: true, text: '{"formatVersion":"1.0"}', encoding: "utf-16le" });
  });

  it("refuses an empty file, or one of white space only, with file.empty", () => {
    for (const bytes of [new Uint8Array(0), utf8("  \n\t"), Uint8Array.from([0xef, 0xbb, 0xbf])]) {
      const result = decodeText(bytes, { file: "empty.json" });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.code)).toEqual(["file.empty"]);
      expect(result.issues[0]?.message["zh-CN"]).toContain("文件为空");
    }
  });

  it("refuses a binary file with file.binary instead of decoding garbage", () => {
    // the start of a zip archive (an XLSX file), NULs at odd and even offsets
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee]);
    expect(sniffBytes(zip)).toBe("binary");
    const result = decodeText(zip, { file: "data.xlsx" });
    expect(result).toMatchObject({ ok: false, text: "" });
    expect(result.issues.map((issue) => issue.code)).toEqual(["file.binary"]);
    expect(result.issues[0]?.message.en).toBe("This is not a text file (binary content in the first 16 bytes); it was not read");
  });
});
