import type { RuleSource } from "./rule-source.js";

/**
 * The documents and mechanisms the built-in rules rest on, by name.
 *
 * @category Rules
 */
export interface RuleSources {
  /** 中国共产党章程 (2017 text read; the 2022 amendment leaves the articles used here unchanged per secondary sources). */
  readonly partyConstitution: RuleSource;
  /** 中国共产党支部工作条例（试行）, 2018. */
  readonly branchRegulations: RuleSource;
  /** 关于党的基层组织任期的意见, 2018. */
  readonly termOpinion: RuleSource;
  /** 中国共产党农村基层组织工作条例, 2019. */
  readonly ruralRegulations: RuleSource;
  /** 关于做好选派机关优秀干部到村任第一书记工作的通知, 2015. */
  readonly firstSecretaryNotice2015: RuleSource;
  /** 关于加强贫困村驻村工作队选派管理工作的指导意见, 2017. */
  readonly workTeamGuidance2017: RuleSource;
  /** 关于向重点乡村持续选派驻村第一书记和工作队的意见, 2021. */
  readonly firstSecretaryOpinion2021: RuleSource;
  /** 一联双帮三治: pairing of organizations with villages and of cadres with households, aiming at 治穷、治弱、治乱. */
  readonly oneLinkTwoHelps: RuleSource;
}

/**
 * The documents and mechanisms the built-in rules rest on, with the confidence the domain brief gives them.
 * A rule cites one of these, adding the article when a source quotes it.
 *
 * @category Rules
 */
export const RULE_SOURCES: RuleSources = {
  /** 中国共产党章程 (2017 text read; the 2022 amendment leaves the articles used here unchanged per secondary sources). */
  partyConstitution: {
    kind: "regulation",
    title: { "zh-CN": "中国共产党章程", en: "Constitution of the Communist Party of China" },
    year: 2017,
    confidence: "confirmed",
  },
  /** 中国共产党支部工作条例（试行）, 2018. */
  branchRegulations: {
    kind: "regulation",
    title: { "zh-CN": "中国共产党支部工作条例（试行）", en: "Regulations on the Work of CPC Branches (Trial)" },
    year: 2018,
    confidence: "secondary",
  },
  /** 关于党的基层组织任期的意见, 2018. */
  termOpinion: {
    kind: "regulation",
    title: { "zh-CN": "关于党的基层组织任期的意见", en: "Opinion on the Terms of Primary Party Organizations" },
    year: 2018,
    confidence: "confirmed",
  },
  /** 中国共产党农村基层组织工作条例, 2019. */
  ruralRegulations: {
    kind: "regulation",
    title: { "zh-CN": "中国共产党农村基层组织工作条例", en: "Regulations on the Work of Rural Primary Party Organizations" },
    year: 2019,
    confidence: "secondary",
  },
  /** 关于做好选派机关优秀干部到村任第一书记工作的通知, 2015. */
  firstSecretaryNotice2015: {
    kind: "policy",
    title: {
      "zh-CN": "关于做好选派机关优秀干部到村任第一书记工作的通知",
      en: "Notice on Sending Outstanding Organ Cadres to Villages as First Secretaries",
    },
    year: 2015,
    confidence: "secondary",
  },
  /** 关于加强贫困村驻村工作队选派管理工作的指导意见, 2017. */
  workTeamGuidance2017: {
    kind: "policy",
    title: {
      "zh-CN": "关于加强贫困村驻村工作队选派管理工作的指导意见",
      en: "Guidance on Sending and Managing Village Work Teams in Poor Villages",
    },
    year: 2017,
    confidence: "secondary",
  },
  /** 关于向重点乡村持续选派驻村第一书记和工作队的意见, 2021. */
  firstSecretaryOpinion2021: {
    kind: "policy",
    title: {
      "zh-CN": "关于向重点乡村持续选派驻村第一书记和工作队的意见",
      en: "Opinion on Continuing to Send First Secretaries and Work Teams to Key Villages",
    },
    year: 2021,
    confidence: "secondary",
  },
  /** 一联双帮三治: pairing of organizations with villages and of cadres with households, aiming at 治穷、治弱、治乱. */
  oneLinkTwoHelps: {
    kind: "mechanism",
    title: { "zh-CN": "一联双帮三治", en: "One link, two helps, three governances" },
    confidence: "secondary",
  },
};
