import { z } from "zod";
import { RecordIdSchema, RecordBaseShape } from "../record/record.js";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { SexSchema } from "../identifier/sex.js";

/**
 * Cadre ranks that decide helper capacity in pairings (州级 / 县级 / 科级 / 一般).
 *
 * @category People
 */
export const CADRE_RANKS = ["prefecture", "county", "section", "general"] as const;

/**
 * A cadre rank.
 *
 * @category People
 */
export const CadreRankSchema = z.enum(CADRE_RANKS);

/**
 * A cadre rank.
 *
 * @category People
 */
export type CadreRank = z.infer<typeof CadreRankSchema>;

/**
 * The zh-CN and en labels of every cadre rank.
 *
 * @category People
 */
export const cadreRankLabels = defineEnumLabels("CadreRank", CADRE_RANKS, {
  prefecture: { "zh-CN": "州级", en: "prefecture level" },
  county: { "zh-CN": "县级", en: "county level" },
  section: { "zh-CN": "科级", en: "section level" },
  general: { "zh-CN": "一般干部", en: "general staff" },
});

/**
 * A person: a Party member, cadre or worker. Personal data (resident ID number, phone) is optional and
 * sensitive: it is validated when present and masked in every report by default.
 * `inService` marks an in-service member (在职党员) of an organ, enterprise or institution;
 * `selectedGraduate` a selected graduate cadre (选调生). Party standing derives from memberships, or from
 * `fullMemberSince` when the membership history is incomplete.
 *
 * @example
 * ```ts
 * const person: Person = { id: "p-1", name: "张三", cadreRank: "section", inService: true };
 * ```
 * @category People
 */
export const PersonSchema = z.object({
  /** The person's identifier. */
  id: RecordIdSchema,
  /** The person's name as recorded, in Chinese. */
  name: z.string().min(1),
  /** Sex, `male` or `female`, as a resident ID number encodes it. */
  sex: SexSchema.optional(),
  /** Ethnic group (民族) as written, e.g. `藏族`. */
  ethnicity: z.string().min(1).optional(),
  /** Date of birth, `YYYY-MM-DD`; not after `joinedPartyOn`. */
  birthDate: CalendarDateSchema.optional(),
  /** Resident ID number (公民身份号码, GB 11643, 18 characters); sensitive, masked in reports, an invalid one is a warning. */
  residentIdNumber: z.string().min(1).optional(),
  /** Phone number; sensitive, masked in reports, an invalid one is a warning. */
  phone: z.string().min(1).optional(),
  /** Cadre rank: prefecture (州级), county (县级), section (科级) or general staff, which decides helper capacity in pairings. */
  cadreRank: CadreRankSchema.optional(),
  /** True for an in-service member (在职党员) employed in an organ, enterprise or institution. */
  inService: z.boolean().optional(),
  /** True for a selected graduate cadre (选调生). */
  selectedGraduate: z.boolean().optional(),
  /** The day the person started work (参加工作时间), `YYYY-MM-DD`. */
  workStartedOn: CalendarDateSchema.optional(),
  /** The day the person joined the Party as a probationary member (入党日期), `YYYY-MM-DD`; not after `fullMemberSince`. */
  joinedPartyOn: CalendarDateSchema.optional(),
  /** The day of conversion to full membership (转正日期), `YYYY-MM-DD`; Party standing (党龄) counts from it. */
  fullMemberSince: CalendarDateSchema.optional(),
  /** The host unit the person works in (工作单位). */
  employerUnitId: RecordIdSchema.optional(),
  ...RecordBaseShape,
});

/**
 * A person.
 *
 * @category People
 */
export type Person = z.infer<typeof PersonSchema>;
