import type { Indicator } from "./indicator.js";

/**
 * The built-in indicator catalogue: the figures grassroots Party-building reports state (flags issued,
 * demonstration sites, vanguard posts, pairings, dispatched first secretaries, teams formed, members deployed,
 * village collective income …), each with its code, zh-CN and en labels, unit, what one unit counts and how it
 * rolls up. `parseDataset` knows these codes unless told otherwise; a dataset declares any others it reports
 * in its own `indicators`, and its declaration of a catalogue code applies to that dataset.
 *
 * Codes read `<subject>.<what>.<measure>`; a figure that differs by the level that designated it (province- or
 * prefecture-level shared venues) has one indicator per level, so derived counts can select by `level`.
 *
 * @example
 * ```ts
 * INDICATOR_CATALOGUE.find((indicator) => indicator.code === "site.vanguard-post.count")?.unit; // "个"
 * ```
 * @category Indicators
 */
export const INDICATOR_CATALOGUE: readonly Indicator[] = deepFreeze([
  {
    code: "flag.issued.count",
    label: { "zh-CN": "配发党旗", en: "Party flags issued" },
    unit: "面",
    countsWhat: { "zh-CN": "配发给各地各单位的党旗面数", en: "Party flags issued to localities and units" },
    phrase: { "zh-CN": "配发党旗{value}", en: "issued {value} Party flags" },
    aggregation: "sum",
  },
  {
    code: "site.demonstration-site.prefecture-level.count",
    label: { "zh-CN": "市（州）级党建示范点", en: "prefecture-level Party-building demonstration sites" },
    unit: "个",
    countsWhat: { "zh-CN": "选树打造的市（州）级党建示范点数", en: "Party-building demonstration sites designated at prefecture level" },
    phrase: { "zh-CN": "选树打造市（州）级党建示范点{value}", en: "designated {value} prefecture-level Party-building demonstration sites" },
    aggregation: "sum",
    derivation: { records: "sites", where: { kind: "demonstration-site", level: "prefecture" } },
  },
  {
    code: "site.training-center.township-level.count",
    label: { "zh-CN": "乡镇党员教育培训中心", en: "township Party member education and training centers" },
    unit: "个",
    countsWhat: { "zh-CN": "成立的乡镇党员教育培训中心数", en: "Party member education and training centers set up in townships" },
    phrase: { "zh-CN": "成立乡镇党员教育培训中心{value}", en: "set up {value} township Party member education and training centers" },
    aggregation: "sum",
    derivation: { records: "sites", where: { kind: "training-center", level: "township" } },
  },
  {
    code: "site.shared-venue.province-level.count",
    label: { "zh-CN": "省级党支部组织生活共享阵地", en: "province-level shared venues for branch organizational life" },
    unit: "个",
    countsWhat: { "zh-CN": "打造的省级党支部组织生活共享阵地数", en: "shared venues for branch organizational life designated at province level" },
    phrase: { "zh-CN": "打造省级党支部组织生活共享阵地{value}", en: "built {value} province-level shared venues for branch organizational life" },
    aggregation: "sum",
    derivation: { records: "sites", where: { kind: "shared-venue", level: "province" } },
  },
  {
    code: "site.shared-venue.prefecture-level.count",
    label: { "zh-CN": "市（州）级党支部组织生活共享阵地", en: "prefecture-level shared venues for branch organizational life" },
    unit: "个",
    countsWhat: { "zh-CN": "打造的市（州）级党支部组织生活共享阵地数", en: "shared venues for branch organizational life designated at prefecture level" },
    phrase: { "zh-CN": "打造市（州）级党支部组织生活共享阵地{value}", en: "built {value} prefecture-level shared venues for branch organizational life" },
    aggregation: "sum",
    derivation: { records: "sites", where: { kind: "shared-venue", level: "prefecture" } },
  },
  {
    code: "site.vanguard-post.count",
    label: { "zh-CN": "党员先锋岗", en: "Party member vanguard posts" },
    unit: "个",
    countsWhat: { "zh-CN": "设定的党员先锋岗数", en: "Party member vanguard posts set up" },
    phrase: { "zh-CN": "设定党员先锋岗{value}", en: "set up {value} Party member vanguard posts" },
    aggregation: "sum",
    derivation: { records: "sites", where: { kind: "vanguard-post" } },
  },
  {
    code: "site.responsibility-zone.count",
    label: { "zh-CN": "党员责任区", en: "Party member responsibility zones" },
    unit: "个",
    countsWhat: { "zh-CN": "划定的党员责任区数", en: "Party member responsibility zones marked out" },
    phrase: { "zh-CN": "划定党员责任区{value}", en: "marked out {value} Party member responsibility zones" },
    aggregation: "sum",
    derivation: { records: "sites", where: { kind: "responsibility-zone" } },
  },
  {
    code: "site.environmental-post.count",
    label: { "zh-CN": "党员环保示范岗", en: "Party member environmental model posts" },
    unit: "个",
    countsWhat: { "zh-CN": "设立的党员环保示范岗数", en: "Party member environmental model posts set up" },
    phrase: { "zh-CN": "设立党员环保示范岗{value}", en: "set up {value} Party member environmental model posts" },
    aggregation: "sum",
    derivation: { records: "sites", where: { kind: "environmental-post" } },
  },
  {
    code: "activity.epidemic-screening.participant-count",
    label: { "zh-CN": "参与疫情排查的驻村力量", en: "village-based cadres in epidemic screening" },
    unit: "名",
    countsWhat: { "zh-CN": "参与拉网排查、敲门扫楼等防控工作的第一书记、驻村工作队员、乡镇驻村干部、联点领导和选调生人数", en: "first secretaries, work-team members, township cadres stationed in villages, contact-point leaders and selected graduates taking part in epidemic screening" },
    phrase: { "zh-CN": "组织{value}驻村力量参与疫情排查", en: "mobilized {value} village-based cadres for epidemic screening" },
    aggregation: "sum",
  },
  {
    code: "team.epidemic-prevention.member-count",
    label: { "zh-CN": "防疫小组成员", en: "epidemic prevention group members" },
    unit: "名",
    countsWhat: { "zh-CN": "抽调组成防疫小组的人数", en: "staff seconded to epidemic prevention groups" },
    phrase: { "zh-CN": "抽调{value}组成防疫小组", en: "assigned {value} people to an epidemic prevention group" },
    aggregation: "sum",
  },
  {
    code: "pairing.branch-village.helper-count",
    label: { "zh-CN": "结对共建的机关党支部", en: "organ branches in one-to-one pairing" },
    unit: "个",
    countsWhat: { "zh-CN": "以1对1方式与村（社区）结对共建的机关党支部数", en: "organ Party branches paired one to one with villages or communities" },
    phrase: { "zh-CN": "以“1对1”方式组织{value}机关党支部结对共建", en: "paired {value} organ branches one to one" },
    aggregation: "sum",
  },
  {
    code: "pairing.branch-village.target-count",
    label: { "zh-CN": "结对共建的村（社区）", en: "villages and communities in one-to-one pairing" },
    unit: "个",
    countsWhat: { "zh-CN": "与机关党支部结对共建的村（社区）数", en: "villages and communities paired one to one with organ Party branches" },
    phrase: { "zh-CN": "与{value}村（社区）结对共建", en: "paired with {value} villages and communities" },
    aggregation: "sum",
  },
  {
    code: "team.environmental.count",
    label: { "zh-CN": "生态环境志愿服务队和巡护队", en: "environmental volunteer and patrol teams" },
    unit: "支",
    countsWhat: { "zh-CN": "组建的生态环境整治志愿者服务队和巡护队数", en: "environmental clean-up volunteer teams and patrol teams formed" },
    phrase: { "zh-CN": "组建生态环境志愿服务队和巡护队{value}", en: "formed {value} environmental volunteer and patrol teams" },
    aggregation: "sum",
  },
  {
    code: "activity.inspection.count",
    label: { "zh-CN": "环境巡查", en: "environmental inspections" },
    unit: "次",
    countsWhat: { "zh-CN": "开展环境巡查的次数", en: "environmental inspections carried out" },
    phrase: { "zh-CN": "开展环境巡查{value}", en: "carried out environmental inspections {value}" },
    aggregation: "sum",
  },
  {
    code: "activity.clue-report.lead-count",
    label: { "zh-CN": "上报问题线索", en: "problem leads reported" },
    unit: "条",
    countsWhat: { "zh-CN": "上报的问题线索条数", en: "problem leads reported" },
    phrase: { "zh-CN": "上报问题线索{value}", en: "reported {value} problem leads" },
    aggregation: "sum",
  },
  {
    code: "activity.field-organizational-life.organization-count",
    label: { "zh-CN": "组织生活进田间地头的党支部", en: "branches holding organizational life in the field" },
    unit: "个",
    countsWhat: { "zh-CN": "把组织生活搬进田间地头的党支部数", en: "Party branches holding their organizational life in the fields" },
    phrase: { "zh-CN": "组织{value}党支部把组织生活搬进田间地头", en: "had {value} branches hold their organizational life in the field" },
    aggregation: "sum",
  },
  {
    code: "activity.village-stationing.member-count",
    label: { "zh-CN": "驻村服务党员", en: "Party members stationed in villages" },
    unit: "名",
    countsWhat: { "zh-CN": "选派驻村服务的党员人数", en: "Party members sent to serve in villages" },
    phrase: { "zh-CN": "选派{value}党员驻村服务", en: "sent {value} Party members to serve in villages" },
    aggregation: "sum",
  },
  {
    code: "service.menu-item.count",
    label: { "zh-CN": "在职党员服务菜单", en: "service menu items for in-service members" },
    unit: "项",
    countsWhat: { "zh-CN": "制定的在职党员服务菜单项数", en: "items on the service menu for in-service Party members" },
    phrase: { "zh-CN": "制定在职党员服务菜单{value}", en: "drew up {value} service menu items for in-service members" },
    aggregation: "sum",
  },
  {
    code: "team.alliance-volunteer-service.count",
    label: { "zh-CN": "党建联盟志愿服务队", en: "Party-building alliance volunteer teams" },
    unit: "支",
    countsWhat: { "zh-CN": "建立的党建联盟志愿服务队数", en: "Party-building alliance volunteer service teams set up" },
    phrase: { "zh-CN": "建立党建联盟志愿服务队{value}", en: "set up {value} Party-building alliance volunteer teams" },
    aggregation: "sum",
  },
  {
    code: "person.community-reporting.count",
    label: { "zh-CN": "到社区报到的在职党员", en: "in-service members reporting to communities" },
    unit: "名",
    countsWhat: { "zh-CN": "到社区报到服务的在职党员人数", en: "in-service Party members reporting to residential communities to serve" },
    phrase: { "zh-CN": "组织{value}在职党员到社区报到服务", en: "had {value} in-service members report to their communities" },
    aggregation: "sum",
  },
  {
    code: "pairing.organization-village.helper-count",
    label: { "zh-CN": "结对共建的党组织", en: "organizations paired with villages" },
    unit: "个",
    countsWhat: { "zh-CN": "与贫困村结对共建的机关、企事业单位党组织数", en: "Party organizations of organs, enterprises and institutions paired with poor villages" },
    phrase: { "zh-CN": "指导{value}党组织与村结对共建", en: "paired {value} organizations with villages" },
    aggregation: "sum",
  },
  {
    code: "pairing.cadre-household.helper-count",
    label: { "zh-CN": "结对认亲的党员干部职工", en: "cadres paired with households" },
    unit: "名",
    countsWhat: { "zh-CN": "与贫困家庭、贫困人口结对认亲的党员干部职工人数", en: "Party members, cadres and workers paired with poor households" },
    phrase: { "zh-CN": "组织{value}党员干部职工与困难家庭结对认亲", en: "paired {value} cadres with households in need" },
    aggregation: "sum",
  },
  {
    code: "pairing.dispatch.batch-count",
    label: { "zh-CN": "选派批次", en: "dispatch batches" },
    unit: "批次",
    countsWhat: { "zh-CN": "选派第一书记和驻村工作队员的批次数", en: "batches in which first secretaries and work-team members were sent to villages" },
    phrase: { "zh-CN": "分{value}选派第一书记和工作队员", en: "sent first secretaries and work-team members in {value}" },
    aggregation: "max",
  },
  {
    code: "pairing.dispatch.person-count",
    label: { "zh-CN": "选派到村的第一书记和工作队员", en: "first secretaries and work-team members sent to villages" },
    unit: "名",
    countsWhat: { "zh-CN": "选派到村的第一书记和驻村工作队员人数", en: "first secretaries and work-team members sent to villages" },
    phrase: { "zh-CN": "选派{value}第一书记和工作队员到村", en: "sent {value} first secretaries and work-team members to villages" },
    aggregation: "sum",
  },
  {
    code: "pairing.dispatch.village-count",
    label: { "zh-CN": "选派驻村的村", en: "villages receiving first secretaries" },
    unit: "个",
    countsWhat: { "zh-CN": "接收选派第一书记和驻村工作队的村数", en: "villages to which first secretaries and work teams were sent" },
    phrase: { "zh-CN": "向{value}村选派第一书记和工作队", en: "sent first secretaries and work teams to {value} villages" },
    aggregation: "sum",
  },
  {
    code: "team.vanguard.count",
    label: { "zh-CN": "党员先锋队", en: "Party member vanguard teams" },
    unit: "支",
    countsWhat: { "zh-CN": "组建的党员先锋队数", en: "Party member vanguard teams formed" },
    phrase: { "zh-CN": "组建党员先锋队{value}", en: "formed {value} Party member vanguard teams" },
    aggregation: "sum",
    derivation: { records: "teams", where: { kind: "vanguard" } },
  },
  {
    code: "organization.mobilized.count",
    label: { "zh-CN": "参与动员的基层党组织", en: "primary organizations mobilized" },
    unit: "个",
    countsWhat: { "zh-CN": "参与动员群众、组织群众开展专项工作的基层党组织数", en: "primary Party organizations mobilizing the people in a task" },
    phrase: { "zh-CN": "动员{value}基层党组织投入专项工作", en: "mobilized {value} primary organizations" },
    aggregation: "sum",
  },
  {
    code: "team.flood-response.count",
    label: { "zh-CN": "防汛队伍", en: "flood-response teams" },
    unit: "个",
    countsWhat: { "zh-CN": "组建的夜巡队、党员志愿服务队、抗洪抢险应急队数", en: "night patrols, volunteer teams and flood emergency teams formed" },
    phrase: { "zh-CN": "组建防汛队伍{value}", en: "formed {value} flood-response teams" },
    aggregation: "sum",
  },
  {
    code: "activity.emergency-response.member-count",
    label: { "zh-CN": "出动党员", en: "Party members deployed" },
    unit: "名",
    countsWhat: { "zh-CN": "抢险救灾中出动的党员人数", en: "Party members deployed in an emergency response" },
    phrase: { "zh-CN": "出动党员{value}", en: "deployed {value} Party members" },
    aggregation: "sum",
  },
  {
    code: "village.collective-income",
    label: { "zh-CN": "村集体经济收入", en: "village collective income" },
    unit: "万元",
    countsWhat: { "zh-CN": "村集体经济年收入；一个区域的值是其中收入最低的村的收入", en: "annual collective income of a village; for an area, that of its lowest-earning village" },
    phrase: { "zh-CN": "{scope}村集体经济收入达到{value}", en: "village collective income in {scope} reached {value}" },
    aggregation: "min",
  },
]);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
