import { z } from "zod";
import { LocalizedTextSchema } from "@dangjian/core";
import { SeveritySchema } from "../severity/severity.js";
import { PolicyParameterOverridesSchema } from "./policy-parameters.js";

/**
 * A rule id: upper-case letters, a hyphen and three digits (`ORG-001`, `PAIR-003`).
 *
 * @category Rules
 */
export const RuleIdSchema = z.string().regex(/^[A-Z]+-\d{3}$/, { error: "rule ids are upper-case letters, a hyphen and three digits" });

/**
 * A rule id or a whole group of rules by prefix (`ORG-*`), as policies name the rules they apply.
 *
 * @category Policies
 */
export const RuleSelectorSchema = z.string().regex(/^[A-Z]+-(?:\d{3}|\*)$/, { error: "rule selectors are a rule id (ORG-001) or a prefix (ORG-*)" });

/**
 * A policy: which rules apply and with which parameters, as data. Policies are versioned and compose: a
 * policy `extends` others (built-in or registered ones, by id) and adds rules, drops rules, changes severities
 * and overrides parameters; later policies win.
 *
 * @example
 * ```ts
 * const local: Policy = {
 *   id: "county-pairing", version: "2024", title: { "zh-CN": "县结对政策", en: "County pairing policy" },
 *   extends: ["one-link-two-helps-three-governances"],
 *   parameters: { pairing: { householdsPerCadre: { prefecture: 6, county: 5, section: 4, general: 2 } } },
 * };
 * ```
 * @category Policies
 */
export const PolicySchema = z.object({
  /** The policy's id, lower-case words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, { error: "policy ids are lower-case words joined by hyphens" }),
  /** Its version, e.g. the year of the regulation it follows. */
  version: z.string().min(1),
  /** Its title in both languages. */
  title: LocalizedTextSchema,
  /** The policies it builds on, by id, applied first in order. */
  extends: z.array(z.string().min(1)).optional(),
  /** The rules it applies, by id or by prefix (`ORG-*`). */
  rules: z.array(RuleSelectorSchema).optional(),
  /** Rules of the policies it extends that it does not apply, by id or by prefix. */
  withoutRules: z.array(RuleSelectorSchema).optional(),
  /** Severities it gives rules instead of their own. */
  severities: z.record(RuleIdSchema, SeveritySchema).optional(),
  /** The parameters it sets. */
  parameters: PolicyParameterOverridesSchema.optional(),
  /** What it is, in a sentence. */
  description: z.string().min(1).optional(),
});

/**
 * A policy as data.
 *
 * @category Policies
 */
export type Policy = z.infer<typeof PolicySchema>;
