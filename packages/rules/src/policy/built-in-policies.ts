import type { Policy } from "./policy.js";

/**
 * The rules of organization setup, terms and temporary branches: the Party Constitution, the 2018 branch
 * regulations and opinion on terms, and the 2019 rural regulations.
 *
 * @category Policies
 */
export const PARTY_ORGANIZATION_POLICY: Policy = {
  id: "party-organization",
  version: "2019",
  title: {
    "zh-CN": "党的基层组织设置（党章、2018年支部工作条例和任期意见、2019年农村基层组织工作条例）",
    en: "Setting up primary Party organizations (Constitution, 2018 branch regulations and term opinion, 2019 rural regulations)",
  },
  rules: ["ORG-*", "TERM-*", "TMP-*"],
};

/**
 * First secretaries under the 2015 notice: registered-poor and weak-and-lax villages, terms of one to three years.
 *
 * @category Policies
 */
export const FIRST_SECRETARY_2015_POLICY: Policy = {
  id: "first-secretary",
  version: "2015",
  title: { "zh-CN": "选派第一书记（2015年通知）", en: "First secretaries (2015 notice)" },
  rules: ["FS-*"],
  parameters: {
    firstSecretary: { targetDesignations: ["registered-poor", "weak-and-lax"], minStandingYears: 0, minWorkYears: 2, minTermYears: 1, maxTermYears: 3, teamMinSize: 1 },
  },
};

/**
 * Work teams under the 2017 guidance: teams of three or more, terms of two years or more.
 *
 * @category Policies
 */
export const FIRST_SECRETARY_2017_POLICY: Policy = {
  id: "first-secretary",
  version: "2017",
  title: { "zh-CN": "驻村工作队选派管理（2017年指导意见）", en: "Village work teams (2017 guidance)" },
  extends: ["first-secretary@2015"],
  parameters: { firstSecretary: { teamMinSize: 3, minTermYears: 2 } },
};

/**
 * First secretaries and work teams under the 2021 opinion: post-poverty, relocation, key revitalization and
 * weak-and-lax villages; a full member with a year's standing and two years' work; terms of two years or more.
 * The team size (at least two in the English summary, one secretary and two members in local rules) is not
 * confirmed in the Chinese text; the default is three.
 *
 * @category Policies
 */
export const FIRST_SECRETARY_2021_POLICY: Policy = {
  id: "first-secretary",
  version: "2021",
  title: { "zh-CN": "向重点乡村持续选派驻村第一书记和工作队（2021年意见）", en: "First secretaries and work teams for key villages (2021 opinion)" },
  rules: ["FS-*"],
  parameters: {
    firstSecretary: {
      targetDesignations: ["post-poverty", "relocation-resettlement", "revitalization-key", "weak-and-lax"],
      minStandingYears: 1,
      minWorkYears: 2,
      minTermYears: 2,
      teamMinSize: 3,
      teamMaxSize: 5,
    },
  },
};

/**
 * The mechanism 一联双帮三治: organizations paired with villages that need help, cadres with households,
 * dispatch to key villages, and the coverage statements that go with it. Capacities are documented defaults.
 *
 * @category Policies
 */
export const ONE_LINK_TWO_HELPS_POLICY: Policy = {
  id: "one-link-two-helps-three-governances",
  version: "1",
  title: { "zh-CN": "一联双帮三治", en: "One link, two helps, three governances" },
  extends: ["first-secretary@2021"],
  rules: ["PAIR-*", "COV-*", "REC-*"],
};

/**
 * The national rules as of the latest regulations: organization setup and first secretaries (2021).
 *
 * @category Policies
 */
export const NATIONAL_POLICY: Policy = {
  id: "national",
  version: "2021",
  title: { "zh-CN": "全国性规定", en: "National rules" },
  extends: ["party-organization@2019", "first-secretary@2021"],
};

/**
 * Every built-in policy; `extends` names them as `id` (the latest version) or `id@version`.
 *
 * @category Policies
 */
export const BUILT_IN_POLICIES: readonly Policy[] = [
  PARTY_ORGANIZATION_POLICY,
  FIRST_SECRETARY_2015_POLICY,
  FIRST_SECRETARY_2017_POLICY,
  FIRST_SECRETARY_2021_POLICY,
  ONE_LINK_TWO_HELPS_POLICY,
  NATIONAL_POLICY,
];
