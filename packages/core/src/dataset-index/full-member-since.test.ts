import { describe, expect, it } from "vitest";
import { fullMemberSinceOf } from "./full-member-since.js";
import type { Membership } from "../membership/membership.js";

const membership = (fields: Partial<Membership>): Membership => ({ id: "m", personId: "p-1", organizationId: "org-1", status: "full", ...fields });

describe("fullMemberSinceOf", () => {
  it("takes the earliest full membership, never a probationary one", () => {
    const memberships = [
      membership({ status: "probationary", from: "2001-07-01", to: "2002-06-30" }),
      membership({ from: "2010-03-01" }),
      membership({ from: "2002-07-01", to: "2010-02-28" }),
    ];
    expect(fullMemberSinceOf({ id: "p-1" }, memberships)).toBe("2002-07-01");
  });

  it("uses the person's fullMemberSince when the history is incomplete or starts later", () => {
    expect(fullMemberSinceOf({ id: "p-1", fullMemberSince: "1990-01-01" }, [membership({ from: "2010-03-01" })])).toBe("1990-01-01");
    expect(fullMemberSinceOf({ id: "p-1", fullMemberSince: "2015-01-01" }, [membership({ from: "2010-03-01" })])).toBe("2010-03-01");
    expect(fullMemberSinceOf({ id: "p-1", fullMemberSince: "2015-01-01" }, [])).toBe("2015-01-01");
  });

  it("says nothing when nothing tells, and ignores other people's memberships", () => {
    expect(fullMemberSinceOf({ id: "p-1" }, [membership({ status: "probationary", from: "2001-01-01" }), membership({})])).toBeUndefined();
    expect(fullMemberSinceOf({ id: "p-1" }, [membership({ personId: "p-2", from: "2001-01-01" })])).toBeUndefined();
    expect(fullMemberSinceOf(undefined, [membership({ from: "2001-01-01" })])).toBe("2001-01-01");
  });
});
