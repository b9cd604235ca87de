import type { Issue } from "../issue/issue.js";
import type { ParseResult } from "../issue/parse-result.js";
import { parsePhoneNumber } from "../identifier/parse-phone-number.js";
import { parseResidentIdNumber } from "../identifier/parse-resident-id-number.js";
import { parseUnifiedSocialCreditCode } from "../identifier/parse-unified-social-credit-code.js";
import type { DraftRecord } from "./draft.js";
import { raise, type IntegrityState } from "./integrity-state.js";

function details(result: ParseResult<unknown>): { causes: string[]; detail: string; detailEn: string } {
  const errors: Issue[] = result.issues.filter((issue) => issue.severity === "error");
  return {
    causes: errors.map((issue) => issue.code),
    detail: errors.map((issue) => issue.message["zh-CN"]).join("；"),
    detailEn: errors.map((issue) => issue.message.en).join("; "),
  };
}

/**
 * Validates a person's resident ID number and phone number when present. An invalid one is a warning
 * (`person.resident_id_invalid`, `person.phone_invalid`) and the record is kept; the messages say why
 * without repeating the number, which is personal data.
 *
 * @param state - the integrity state
 * @param entry - the person
 * @internal
 */
export function checkPersonIdentifiers(state: IntegrityState, entry: DraftRecord<"people">): void {
  const { residentIdNumber, phone } = entry.record;
  if (residentIdNumber !== undefined) {
    const result = parseResidentIdNumber(residentIdNumber);
    if (!result.ok) raise(state, "person.resident_id_invalid", "people", entry, ["residentIdNumber"], details(result));
  }
  if (phone !== undefined) {
    const result = parsePhoneNumber(phone);
    if (!result.ok) raise(state, "person.phone_invalid", "people", entry, ["phone"], details(result));
  }
}

/**
 * Validates a host unit's unified social credit code when present; an invalid one is a warning
 * (`host_unit.uscc_invalid`) and the record is kept.
 *
 * @param state - the integrity state
 * @param entry - the host unit
 * @internal
 */
export function checkHostUnitIdentifiers(state: IntegrityState, entry: DraftRecord<"hostUnits">): void {
  const { uscc } = entry.record;
  if (uscc === undefined) return;
  const result = parseUnifiedSocialCreditCode(uscc);
  if (!result.ok) raise(state, "host_unit.uscc_invalid", "hostUnits", entry, ["uscc"], { uscc, ...details(result) });
}
