import { describe, expect, it } from "vitest";
import { isOrganizationAliveOn } from "./is-organization-alive-on.js";

describe("isOrganizationAliveOn", () => {
  const organization = { establishedOn: "2000-01-01", dissolvedOn: "2010-01-01" };

  it("counts the day of establishment and the day of dissolution", () => {
    expect(isOrganizationAliveOn(organization, "1999-12-31")).toBe(false);
    expect(isOrganizationAliveOn(organization, "2000-01-01")).toBe(true);
    expect(isOrganizationAliveOn(organization, "2010-01-01")).toBe(true);
    expect(isOrganizationAliveOn(organization, "2010-01-02")).toBe(false);
  });

  it("treats unknown dates as open", () => {
    expect(isOrganizationAliveOn({}, "1900-01-01")).toBe(true);
    expect(isOrganizationAliveOn({ establishedOn: "2000-01-01" }, "2999-01-01")).toBe(true);
    expect(isOrganizationAliveOn({ dissolvedOn: "2000-01-01" }, "1900-01-01")).toBe(true);
  });
});
