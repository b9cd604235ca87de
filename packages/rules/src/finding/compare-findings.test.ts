import { describe, expect, it } from "vitest";
import type { Finding, FindingSubject } from "./finding.js";
import { compareFindings, compareSubjects, sortFindingsOfRule } from "./compare-findings.js";

const keyOf = (subjects: readonly FindingSubject[]): string => subjects.map((subject) => `${subject.type}:${subject.id}`).join("|");
const sign = (n: number): number => Math.sign(n);

// a seeded generator
function randomness(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

describe("sortFindingsOfRule", () => {
  it("sorts a rule's findings as compareFindings does, ties in their first order", () => {
    const random = randomness(11);
    const ids = ["v1", "v10", "v2", "v1|x", "村1", "村10", ""];
    for (let round = 0; round < 300; round++) {
      // most rounds share the first subject's type, as a rule's findings do; some mix types
      const mixed = round % 4 === 0;
      const findings = Array.from({ length: random(40) }, (_, n) => {
        const subject: FindingSubject[] = [{ type: mixed && random(2) === 0 ? "person" : "region", id: ids[random(ids.length)]!, name: "" }];
        if (random(3) === 0) subject.push({ type: "host-unit", id: ids[random(ids.length)]!, name: "" });
        return { ruleId: "COV-002", severity: "warning", subject, message: { "zh-CN": "", en: `m${random(3)}` }, order: n } as unknown as Finding;
      });
      const expected = [...findings].sort(compareFindings);
      expect(sortFindingsOfRule([...findings])).toEqual(expected);
    }
  });
});

describe("compareSubjects", () => {
  it("orders subject lists as their type:id|type:id keys compare as strings", () => {
    // ids and types that are often prefixes of each other, or hold the separators
    const random = randomness(7);
    const pieces = ["", "a", "ab", "a|b", "a:b", "b", "~", "村", "org-1", "org-10", "org-1|x"];
    const types = ["region", "region-x", "organization", "org", "person"] as const;
    const subjects = (): FindingSubject[] =>
      Array.from({ length: random(4) }, () => ({ type: types[random(types.length)] as FindingSubject["type"], id: pieces[random(pieces.length)]! + pieces[random(pieces.length)]!, name: "" }));
    for (let n = 0; n < 20_000; n++) {
      const a = subjects();
      const b = random(4) === 0 ? a.map((subject) => ({ ...subject })) : subjects();
      const keyA = keyOf(a);
      const keyB = keyOf(b);
      expect([keyA, keyB, sign(compareSubjects(a, b))]).toEqual([keyA, keyB, keyA === keyB ? 0 : keyA < keyB ? -1 : 1]);
    }
  });
});
