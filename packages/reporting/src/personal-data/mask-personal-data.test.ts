import { describe, expect, it } from "vitest";
import { maskPersonalData } from "./mask-personal-data.js";

describe("maskPersonalData", () => {
  it("masks resident ID numbers and mobile numbers inside free text", () => {
    expect(maskPersonalData("联系人张三，电话13800138000，身份证号11010519491231002X。")).toBe(
      "联系人张三，电话138****8000，身份证号110***********002X。",
    );
    expect(maskPersonalData("ID 11010519491231002x, phone 139-7012-3456")).toBe("ID 110***********002X, phone 139****3456");
  });

  it("masks the forms people write: +86, 0086, spaces, hyphens, full-width digits", () => {
    expect(maskPersonalData("电话：+86 138 0013 8000")).toBe("电话：138****8000");
    expect(maskPersonalData("电话：+8613800138000")).toBe("电话：138****8000");
    expect(maskPersonalData("电话：0086-13800138000")).toBe("电话：138****8000");
    expect(maskPersonalData("电话：１３８００１３８０００")).toBe("电话：138****8000");
    expect(maskPersonalData("身份证 110105 19491231 002X")).toBe("身份证 110***********002X");
    expect(maskPersonalData("身份证１１０１０５１９４９１２３１００２Ｘ")).toBe("身份证110***********002X");
  });

  it("masks old 15-digit ID numbers whole", () => {
    expect(maskPersonalData("旧证号110105491231002。")).toBe("旧证号***************。");
  });

  it("leaves codes and figures alone: region codes, township and village codes, longer digit runs, decimals", () => {
    const untouched = [
      "区划代码990101",
      "乡镇代码990101001",
      "村代码130102001001",
      "编号1380013800012",
      "金额13800138000.5元",
      "比例0.13800138000",
      "共13,800,138,000元",
      "2022年投入资金200000元",
      "统一社会信用代码911101081234567890", // 18 digits, but positions 7 to 14 are no birth date
    ];
    for (const text of untouched) expect(maskPersonalData(text)).toBe(text);
  });

  it("changes nothing more when applied twice", () => {
    const once = maskPersonalData("电话13800138000，身份证11010519491231002X，旧证110105491231002");
    expect(maskPersonalData(once)).toBe(once);
    expect(once).not.toMatch(/13800138000|19491231|491231/);
  });

  it("returns text without digits unchanged", () => {
    expect(maskPersonalData("")).toBe("");
    expect(maskPersonalData("党员先锋岗")).toBe("党员先锋岗");
  });

  it("throws DangjianError for a non-string", () => {
    expect(() => maskPersonalData(42 as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
