import type { CollectionName, LocalizedText } from "@dangjian/core";

/**
 * A column's header in both languages.
 *
 * @category Spreadsheet
 */
export type ColumnHeader = LocalizedText;

/**
 * The headers of a collection's columns, keyed by the column's dotted field path.
 *
 * @category Spreadsheet
 */
export type HeaderTable = { readonly [key: string]: ColumnHeader };

const h = (zh: string, en: string): ColumnHeader => ({ "zh-CN": zh, en });

/**
 * Headers shared by every collection that has the field, unless {@link HEADER_CATALOGUE} says otherwise for it.
 *
 * @category Spreadsheet
 */
export const SHARED_HEADERS: HeaderTable = {
  id: h("编号", "ID"),
  name: h("名称", "Name"),
  nameEn: h("英文名称", "English name"),
  shortName: h("简称", "Short name"),
  kind: h("类型", "Kind"),
  parentId: h("上级编号", "Parent ID"),
  regionId: h("所属区域编号", "Region ID"),
  organizationId: h("党组织编号", "Organization ID"),
  hostUnitId: h("单位编号", "Host unit ID"),
  hostUnitIds: h("单位编号列表", "Host unit IDs"),
  personId: h("人员编号", "Person ID"),
  campaignId: h("工作机制编号", "Campaign ID"),
  sendingUnitId: h("派出单位编号", "Sending unit ID"),
  batch: h("批次", "Batch"),
  establishedOn: h("成立日期", "Established on"),
  dissolvedOn: h("撤销日期", "Dissolved on"),
  from: h("起始日期", "From"),
  to: h("终止日期", "To"),
  service: h("服务类型", "Service"),
  aims: h("治理目标", "Aims"),
  description: h("描述", "Description"),
  sources: h("来源", "Sources"),
  note: h("备注", "Note"),
};

/**
 * The header catalogue: per collection, the zh-CN and en header of each column that {@link SHARED_HEADERS} does
 * not name, or names otherwise. Readers accept either header, and the field path itself (`parentId`,
 * `scope.type`); writers write the header in the locale asked.
 *
 * @category Spreadsheet
 */
export const HEADER_CATALOGUE: { readonly [K in CollectionName]: HeaderTable } = {
  documents: {
    kind: h("文档类型", "Document kind"),
    title: h("标题", "Title"),
    publisher: h("发布者", "Publisher"),
    authors: h("作者", "Authors"),
    date: h("日期", "Date"),
    dateApproximate: h("日期为推断", "Date approximate"),
    url: h("网址", "URL"),
    textFile: h("文本文件", "Text file"),
    language: h("语言", "Language"),
  },
  regions: {
    code: h("区划代码", "Code"),
    codeYear: h("代码年份", "Code year"),
    level: h("层级", "Level"),
    kind: h("区域类型", "Region kind"),
    parentId: h("上级区域编号", "Parent region ID"),
    designations: h("认定", "Designations"),
    problems: h("存在问题", "Problems"),
  },
  organizations: {
    kind: h("组织类别", "Organization kind"),
    sector: h("领域", "Sector"),
    parentId: h("上级党组织编号", "Parent organization ID"),
    approvedById: h("批准党组织编号", "Approved by ID"),
    approvedOn: h("批准日期", "Approved on"),
    taskBodyId: h("任务主体编号", "Task body ID"),
    hasCommittee: h("设委员会", "Has committee"),
    elections: h("换届选举", "Elections"),
    brand: h("党建品牌", "Brand"),
    affiliations: h("隶属关系沿革", "Affiliations"),
    formerNames: h("曾用名", "Former names"),
    successorId: h("承继党组织编号", "Successor ID"),
  },
  hostUnits: {
    kind: h("单位类别", "Host unit kind"),
    parentId: h("上级单位编号", "Parent unit ID"),
    uscc: h("统一社会信用代码", "USCC"),
  },
  people: {
    name: h("姓名", "Name"),
    sex: h("性别", "Sex"),
    ethnicity: h("民族", "Ethnicity"),
    birthDate: h("出生日期", "Birth date"),
    residentIdNumber: h("公民身份号码", "Resident ID number"),
    phone: h("联系电话", "Phone"),
    cadreRank: h("干部级别", "Cadre rank"),
    inService: h("在职党员", "In service"),
    selectedGraduate: h("选调生", "Selected graduate"),
    workStartedOn: h("参加工作日期", "Work started on"),
    joinedPartyOn: h("入党日期", "Joined Party on"),
    fullMemberSince: h("转正日期", "Full member since"),
    employerUnitId: h("工作单位编号", "Employer unit ID"),
  },
  memberships: {
    status: h("党员类别", "Membership status"),
  },
  posts: {
    role: h("职务", "Role"),
    title: h("职务名称", "Title"),
  },
  postHoldings: {
    postId: h("职务岗位编号", "Post ID"),
    appointment: h("任职方式", "Appointment"),
  },
  teams: {
    kind: h("队伍类型", "Team kind"),
    memberIds: h("成员编号列表", "Member IDs"),
    memberCount: h("成员人数", "Member count"),
    partnerUnitIds: h("共建单位编号列表", "Partner unit IDs"),
    purpose: h("任务", "Purpose"),
    horseback: h("马背巡护", "Horseback"),
  },
  sites: {
    kind: h("阵地类型", "Site kind"),
    level: h("层级", "Level"),
    constructions: h("建设内容", "Constructions"),
  },
  activities: {
    kind: h("活动类型", "Activity kind"),
    on: h("活动日期", "On"),
    organizationIds: h("党组织编号列表", "Organization IDs"),
    teamIds: h("队伍编号列表", "Team IDs"),
    teamKinds: h("队伍类型列表", "Team kinds"),
    siteKinds: h("阵地类型列表", "Site kinds"),
    personIds: h("人员编号列表", "Person IDs"),
    siteIds: h("阵地编号列表", "Site IDs"),
    count: h("数量", "Count"),
  },
  campaigns: {
    kind: h("机制类型", "Campaign kind"),
    parentId: h("上级机制编号", "Parent campaign ID"),
    institutionalized: h("已制度化", "Institutionalized"),
    institutionalizedOn: h("制度化日期", "Institutionalized on"),
    provider: h("服务提供方", "Provider"),
    recipient: h("服务对象", "Recipient"),
    parameters: h("参数", "Parameters"),
  },
  pairings: {
    kind: h("结对类型", "Pairing kind"),
    "helper.type": h("帮扶方类型", "Helper type"),
    "helper.id": h("帮扶方编号", "Helper ID"),
    "target.type": h("结对对象类型", "Target type"),
    "target.id": h("结对对象编号", "Target ID"),
    exceptionReason: h("例外原因", "Exception reason"),
  },
  households: {
    villageId: h("所在村编号", "Village ID"),
    name: h("户主姓名", "Name"),
    status: h("户类别", "Household status"),
    size: h("家庭人口", "Size"),
  },
  indicators: {
    code: h("指标代码", "Code"),
    "label.zh-CN": h("中文名称", "Label (zh-CN)"),
    "label.en": h("英文名称", "Label (en)"),
    unit: h("计量单位", "Unit"),
    "countsWhat.zh-CN": h("统计对象（中文）", "Counts what (zh-CN)"),
    "countsWhat.en": h("统计对象（英文）", "Counts what (en)"),
    aggregation: h("汇总方式", "Aggregation"),
    derivation: h("推导规则", "Derivation"),
    "phrase.zh-CN": h("表述（中文）", "Phrase (zh-CN)"),
    "phrase.en": h("表述（英文）", "Phrase (en)"),
  },
  observations: {
    indicator: h("指标代码", "Indicator"),
    "scope.type": h("统计范围类型", "Scope type"),
    "scope.id": h("统计范围编号", "Scope ID"),
    asOf: h("截至日期", "As of"),
    "period.from": h("统计期起", "Period from"),
    "period.to": h("统计期止", "Period to"),
    value: h("数值", "Value"),
  },
};

/**
 * The headers of the fields of the dataset sheet (`数据集信息` / `meta`): one row per field, its name in the
 * first column and its value in the second.
 *
 * @category Spreadsheet
 */
export const META_HEADERS: HeaderTable = {
  formatVersion: h("格式版本", "Format version"),
  id: h("编号", "ID"),
  title: h("标题", "Title"),
  description: h("说明", "Description"),
  publisher: h("发布者", "Publisher"),
  createdOn: h("创建日期", "Created on"),
  license: h("许可协议", "License"),
};

/**
 * The headers of the two columns of the dataset sheet.
 *
 * @category Spreadsheet
 */
export const META_COLUMN_HEADERS: {
  /** The header of the first column, the field's name. */
  readonly field: ColumnHeader;
  /** The header of the second column, the field's value. */
  readonly value: ColumnHeader;
} = {
  field: h("字段", "Field"),
  value: h("值", "Value"),
};
