import { describe, expect, it } from "vitest";
import { organizationParentIdAsOf } from "./organization-parent-id-as-of.js";

describe("organizationParentIdAsOf", () => {
  it("uses parentId on every day when there is no affiliation history", () => {
    expect(organizationParentIdAsOf({ parentId: "org-a" }, "1900-01-01")).toBe("org-a");
    expect(organizationParentIdAsOf({}, "2000-01-01")).toBeUndefined();
    expect(organizationParentIdAsOf({ parentId: "org-a", affiliations: [] }, "2000-01-01")).toBe("org-a");
  });

  it("follows a transfer: the old parent to the last day of the affiliation, the current one after", () => {
    const organization = { parentId: "org-new", affiliations: [{ parentId: "org-old", from: "2000-01-01", to: "2019-12-31" }] };
    expect(organizationParentIdAsOf(organization, "2000-01-01")).toBe("org-old");
    expect(organizationParentIdAsOf(organization, "2019-12-31")).toBe("org-old");
    expect(organizationParentIdAsOf(organization, "2020-01-01")).toBe("org-new");
  });

  it("knows no parent before or between recorded affiliations", () => {
    const organization = {
      parentId: "org-c",
      affiliations: [
        { parentId: "org-a", from: "2000-01-01", to: "2004-12-31" },
        { parentId: "org-b", from: "2006-01-01", to: "2009-12-31" },
      ],
    };
    expect(organizationParentIdAsOf(organization, "1999-12-31")).toBeUndefined();
    expect(organizationParentIdAsOf(organization, "2005-06-01")).toBeUndefined();
    expect(organizationParentIdAsOf(organization, "2007-01-01")).toBe("org-b");
    expect(organizationParentIdAsOf(organization, "2010-01-01")).toBe("org-c");
  });

  it("prefers the affiliation that started last when two cover the day, and an open one over parentId", () => {
    const organization = {
      parentId: "org-c",
      affiliations: [
        { parentId: "org-a", to: "2010-12-31" },
        { parentId: "org-b", from: "2010-01-01" },
      ],
    };
    expect(organizationParentIdAsOf(organization, "2005-01-01")).toBe("org-a");
    expect(organizationParentIdAsOf(organization, "2010-06-01")).toBe("org-b");
    expect(organizationParentIdAsOf(organization, "2030-01-01")).toBe("org-b");
  });
});
