import { describe, expect, it } from "vitest";
import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import type { PartyOrganization } from "@dangjian/core";
import { DEFAULT_POLICY_PARAMETERS } from "../../policy/policy-parameters.js";
import { electionDaysUpTo, lastElectionOn, overdue, termYearsReader } from "./term-standing.js";

const terms = DEFAULT_POLICY_PARAMETERS.terms;
const organization = (fields: Partial<PartyOrganization>): PartyOrganization => ({ id: "o", name: "某党组织", kind: "branch", ...fields });

describe("termYearsReader", () => {
  const termYearsOf = termYearsReader(terms);

  it("gives village and community organizations 5 years, other primary committees 5 and other branches 3", () => {
    expect(termYearsOf(organization({ sector: "village" }))).toEqual([5]);
    expect(termYearsOf(organization({ kind: "general-branch", sector: "community" }))).toEqual([5]);
    expect(termYearsOf(organization({ kind: "primary-committee", sector: "township" }))).toEqual([5]);
    expect(termYearsOf(organization({ sector: "school" }))).toEqual([3]);
  });

  it("gives both readings, shortest first, when the sector is unknown and they differ", () => {
    expect(termYearsOf(organization({}))).toEqual([3, 5]);
    expect(termYearsOf(organization({ kind: "primary-committee" }))).toEqual([5]);
    expect(termYearsReader({ ...terms, primaryCommitteeYears: 6 })(organization({ kind: "primary-committee" }))).toEqual([5, 6]);
  });
});

describe("electionDaysUpTo and lastElectionOn", () => {
  it("keeps the elections on or before the day, ascending", () => {
    const elections = [{ on: "2021-05-10" }, { on: "2024-07-01" }, { on: "2018-05-01" }, { on: "2024-06-30" }];
    expect(electionDaysUpTo(organization({ elections }), "2024-06-30")).toEqual(["2018-05-01", "2021-05-10", "2024-06-30"]);
    expect(electionDaysUpTo(organization({}), "2024-06-30")).toEqual([]);
    expect(lastElectionOn(organization({ elections }), "2024-06-30")).toBe("2024-06-30");
    expect(lastElectionOn(organization({ elections }), "2018-04-30")).toBeUndefined();
  });
});

describe("overdue", () => {
  it("counts overdue days as date-fns does, across month, year and leap-day ends", () => {
    for (const [latestOn, until] of [["2025-05-10", "2025-06-09"], ["2023-12-31", "2024-03-01"], ["2024-02-28", "2024-02-29"], ["1999-12-31", "2000-01-01"]] as const) {
      expect(overdue(latestOn, until)).toEqual({
        overdueSince: format(addDays(parseISO(latestOn), 1), "yyyy-MM-dd"),
        overdueDays: differenceInCalendarDays(parseISO(until), parseISO(latestOn)),
      });
    }
  });
});
