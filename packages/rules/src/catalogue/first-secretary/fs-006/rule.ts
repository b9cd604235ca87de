import { coversDay, labelOf, postRoleLabels, type OrganizationSector, type Post, type PostRole } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { firstSecretaryHoldingsOn } from "../holding-subjects.js";

const PARTY_SEATS: ReadonlySet<PostRole> = new Set<PostRole>(["secretary", "deputy-secretary", "committee-member"]);
const VILLAGERS_SEATS: ReadonlySet<PostRole> = new Set<PostRole>(["villagers-committee-director", "villagers-committee-member"]);
const VILLAGE_SECTORS: ReadonlySet<OrganizationSector> = new Set<OrganizationSector>(["village", "community"]);

/**
 * FS-006: a first secretary holds no seat on the village's "two committees" (村"两委", 2015 notice). For every
 * holding of a first-secretary post that covers the day, it reads the holder's other holdings that cover the day:
 * a secretary, deputy-secretary or committee-member post of a Party organization of the village (its `regionId`
 * is the village, or the post's own `regionId` is), or a villagers'-committee director or member post whose region
 * is the village, is a breach. A temporary branch (the work team's own) and an organization whose recorded sector
 * is neither village nor community (an enterprise branch in the village) are not the village Party committee.
 * First-secretary posts that name no region are not judged.
 *
 * @category Rules
 */
export const FS_006: Rule = {
  id: "FS-006",
  group: "first-secretary",
  severity: "error",
  title: { "zh-CN": "驻村第一书记不占村“两委”班子职数", en: "A first secretary holds no seat on the village's two committees" },
  message: {
    "zh-CN": "{subject} 驻村第一书记 {firstSecretary} 同时担任本村“两委”职务（{seats}），第一书记不占村“两委”班子职数",
    en: "{firstSecretary}, first secretary of {subject}, also holds a seat on the village's two committees ({seatsEn}); a first secretary takes none",
  },
  source: RULE_SOURCES.firstSecretaryNotice2015,
  check({ index, asOf }) {
    const isTwoCommitteesSeat = (post: Post, villageId: string): boolean => {
      if (VILLAGERS_SEATS.has(post.role)) return post.regionId === villageId;
      if (!PARTY_SEATS.has(post.role) || post.organizationId === undefined) return false;
      const organization = index.organizations.get(post.organizationId);
      if (organization === undefined || organization.kind === "temporary-branch") return false;
      if (organization.sector !== undefined && !VILLAGE_SECTORS.has(organization.sector)) return false;
      return organization.regionId === villageId || post.regionId === villageId;
    };
    return judgeEach(firstSecretaryHoldingsOn(index, asOf), ({ post, holding, subject }, outcomes) => {
      if (post.regionId === undefined) return;
      const villageId = post.regionId;
      const seats: { holdingId: string; postId: string; role: PostRole; organization: string | undefined }[] = [];
      for (const other of index.holdingsOfPerson(holding.personId)) {
        if (other.id === holding.id || !coversDay(other, asOf)) continue;
        const seat = index.posts.get(other.postId);
        if (seat === undefined || !isTwoCommitteesSeat(seat, villageId)) continue;
        const organization = seat.organizationId === undefined ? undefined : index.organizations.get(seat.organizationId);
        seats.push({ holdingId: other.id, postId: seat.id, role: seat.role, organization: organization?.shortName ?? organization?.name });
      }
      if (seats.length === 0 && !outcomes.passDetails) return outcomes.pass();
      const firstSecretary = subject[1]!.name;
      if (seats.length === 0) {
        outcomes.push({ verdict: "pass", subject, evidence: { firstSecretary, holdingId: holding.id } });
        return;
      }
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          firstSecretary,
          holdingId: holding.id,
          seats: seats.map((seat) => `${seat.organization ?? ""}${labelOf(postRoleLabels, seat.role, "zh-CN")}`).join("、"),
          seatsEn: seats.map((seat) => `${labelOf(postRoleLabels, seat.role, "en")}${seat.organization === undefined ? "" : ` of ${seat.organization}`}`).join(", "),
          seatRoles: seats.map((seat) => seat.role),
          seatHoldingIds: seats.map((seat) => seat.holdingId),
          seatPostIds: seats.map((seat) => seat.postId),
        },
      });
    });
  },
};
