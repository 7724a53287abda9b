/** Loads the validated diplomacy data set into its SQLite tables. */
import { FACT_INDEX_DDL, indexFacts } from "../../kit/factIndex.js";
import { insertRows } from "../../kit/recordTable.js";
import type { Db } from "../../kit/sqliteStore.js";
import type { DiplomacyData } from "../dataSet.js";
import { DIPLOMACY_FACT_TYPES } from "../entities/DiplomacyFact.js";

export function seedDiplomacyStore(db: Db, data: DiplomacyData): void {
  const json = (record: unknown) => JSON.stringify(record);
  insertRows(
    db,
    "article",
    data.articles.map((a, position) => ({ id: a.id, position, record: json(a) })),
  );
  insertRows(
    db,
    "region",
    data.regions.map((r, position) => ({ id: r.id, position, record: json(r) })),
  );
  insertRows(
    db,
    "country",
    data.countries.map((c, position) => ({ id: c.code, position, region_id: c.regionId, record: json(c) })),
  );
  insertRows(
    db,
    "head_of_state",
    data.headsOfState.map((h, position) => ({ id: h.id, position, country_code: h.countryCode, record: json(h) })),
  );
  insertRows(
    db,
    "engagement",
    data.engagements.map((e, position) => ({ id: e.id, position, kind: e.kind, record: json(e) })),
  );
  insertRows(
    db,
    "engagement_participant",
    data.engagements.flatMap((e) =>
      e.participantIds.map((headOfStateId, position) => ({
        engagement_id: e.id,
        head_of_state_id: headOfStateId,
        position,
      })),
    ),
  );
  const countryOfLeader = new Map(data.headsOfState.map((h) => [h.id, h.countryCode]));
  insertRows(
    db,
    "engagement_country",
    data.engagements.flatMap((e) => {
      const codes = new Set(e.participantIds.map((id) => countryOfLeader.get(id) as string));
      if (e.hostCountryCode) codes.add(e.hostCountryCode);
      return [...codes].map((countryCode, position) => ({ engagement_id: e.id, country_code: countryCode, position }));
    }),
  );
  insertRows(
    db,
    "framework",
    data.frameworks.map((f, position) => ({
      id: f.id,
      position,
      kind: f.kind,
      parent_id: f.parentId,
      record: json(f),
    })),
  );
  insertRows(
    db,
    "major_project",
    data.majorProjects.map((m, position) => ({
      id: m.id,
      position,
      announced_at_id: m.announcedAtId,
      record: json(m),
    })),
  );
  insertRows(
    db,
    "policy_document",
    data.policyDocuments.map((p, position) => ({
      id: p.id,
      position,
      kind: p.kind,
      adopted_by_id: p.adoptedById,
      record: json(p),
    })),
  );

  insertRows(
    db,
    "trend",
    data.trends.map((t, position) => ({ id: t.id, position, record: json(t) })),
  );
  insertRows(
    db,
    "causal_link",
    data.causalLinks.map((c, position) => ({ id: c.id, position, record: json(c) })),
  );
  insertRows(
    db,
    "causal_link_major_project",
    data.causalLinks.flatMap((c) =>
      c.majorProjectIds.map((majorProjectId, position) => ({
        causal_link_id: c.id,
        major_project_id: majorProjectId,
        position,
      })),
    ),
  );
  insertRows(
    db,
    "stated_position",
    data.statedPositions.map((s, position) => ({
      id: s.id,
      position,
      stated_by_country_code: s.statedByCountryCode,
      occasion_policy_document_id: s.occasionPolicyDocumentId,
      record: json(s),
    })),
  );
  insertRows(
    db,
    "assessment",
    data.assessments.map((a, position) => ({
      id: a.id,
      position,
      holder_region_id: a.holderRegionId,
      about_country_code: a.aboutCountryCode,
      record: json(a),
    })),
  );

  db.exec(FACT_INDEX_DDL);
  const engagementCountries = (e: (typeof data.engagements)[number]) => {
    const codes = e.participantIds.map((id) => countryOfLeader.get(id) as string);
    return e.hostCountryCode ? [...codes, e.hostCountryCode] : codes;
  };
  indexFacts(db, [
    ...data.countries.map((c) => ({
      type: DIPLOMACY_FACT_TYPES.countries,
      id: c.code,
      evidence: c.evidence,
      countryCodes: [c.code],
      wording: [c.name],
    })),
    ...data.regions.map((r) => ({
      type: DIPLOMACY_FACT_TYPES.regions,
      id: r.id,
      evidence: r.evidence,
      wording: [r.name],
    })),
    ...data.headsOfState.map((h) => ({
      type: DIPLOMACY_FACT_TYPES.headsOfState,
      id: h.id,
      evidence: h.evidence,
      countryCodes: [h.countryCode],
      wording: [h.name],
    })),
    ...data.engagements.map((e) => ({
      type: DIPLOMACY_FACT_TYPES.engagements,
      id: e.id,
      evidence: e.evidence,
      countryCodes: engagementCountries(e),
      wording: [e.theme],
    })),
    ...data.frameworks.map((f) => ({
      type: DIPLOMACY_FACT_TYPES.frameworks,
      id: f.id,
      evidence: f.evidence,
      wording: [f.name],
    })),
    ...data.majorProjects.map((m) => ({
      type: DIPLOMACY_FACT_TYPES.majorProjects,
      id: m.id,
      evidence: m.evidence,
      wording: [m.name],
    })),
    ...data.policyDocuments.map((p) => ({
      type: DIPLOMACY_FACT_TYPES.policyDocuments,
      id: p.id,
      evidence: p.evidence,
      countryCodes: p.issuerCountryCode ? [p.issuerCountryCode] : [],
      wording: [p.name, p.purpose],
    })),
    ...data.trends.map((t) => ({
      type: DIPLOMACY_FACT_TYPES.trends,
      id: t.id,
      evidence: t.evidence,
      wording: [t.subject, t.change, t.timeReference],
    })),
    ...data.causalLinks.map((c) => ({
      type: DIPLOMACY_FACT_TYPES.causalLinks,
      id: c.id,
      evidence: c.evidence,
      wording: [c.cause, c.effect],
    })),
    ...data.statedPositions.map((s) => ({
      type: DIPLOMACY_FACT_TYPES.statedPositions,
      id: s.id,
      evidence: s.evidence,
      countryCodes: [s.statedByCountryCode],
      wording: [s.occasion, ...s.aims],
    })),
    ...data.assessments.map((a) => ({
      type: DIPLOMACY_FACT_TYPES.assessments,
      id: a.id,
      evidence: a.evidence,
      countryCodes: a.aboutCountryCode ? [a.aboutCountryCode] : [],
      wording: [a.holder, a.about],
    })),
  ]);
}
