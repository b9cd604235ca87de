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
  id: RecordIdSchema,
  name: z.string().min(1),
  sex: SexSchema.optional(),
  ethnicity: z.string().min(1).optional(),
  birthDate: CalendarDateSchema.optional(),
  residentIdNumber: z.string().min(1).optional(),
  phone: z.string().min(1).optional(),
  cadreRank: CadreRankSchema.optional(),
  inService: z.boolean().optional(),
  selectedGraduate: z.boolean().optional(),
  workStartedOn: CalendarDateSchema.optional(),
  joinedPartyOn: CalendarDateSchema.optional(),
  fullMemberSince: CalendarDateSchema.optional(),
  employerUnitId: RecordIdSchema.optional(),
  ...RecordBaseShape,
});

/**
 * A person.
 *
 * @category People
 */
export type Person = z.infer<typeof PersonSchema>;
