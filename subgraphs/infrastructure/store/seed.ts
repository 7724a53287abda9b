/** Loads the validated infrastructure data set into its SQLite tables. */
import { FACT_INDEX_DDL, indexFacts } from "../../kit/factIndex.js";
import { insertRows } from "../../kit/recordTable.js";
import { seedReferenceNames } from "../../kit/referenceNames.js";
import type { Db } from "../../kit/sqliteStore.js";
import type { InfrastructureData } from "../dataSet.js";
import { INFRASTRUCTURE_FACT_TYPES } from "../entities/InfrastructureFact.js";

export function seedInfrastructureStore(db: Db, data: InfrastructureData): void {
  const json = (record: unknown) => JSON.stringify(record);
  insertRows(
    db,
    "initiative",
    data.initiatives.map((i, position) => ({ id: i.id, position, record: json(i) })),
  );
  insertRows(
    db,
    "infrastructure_gap",
    data.gaps.map((g, position) => ({ id: g.id, position, region_id: g.regionId, record: json(g) })),
  );
  insertRows(
    db,
    "initiative_gap",
    data.initiatives.flatMap((i) =>
      i.addressesGapIds.map((gapId, position) => ({ initiative_id: i.id, gap_id: gapId, position })),
    ),
  );
  insertRows(
    db,
    "infrastructure_project",
    data.projects.map((p, position) => ({
      id: p.id,
      position,
      sector: p.sector,
      status: p.status,
      initiative_id: p.initiativeId,
      record: json(p),
    })),
  );
  insertRows(
    db,
    "project_country",
    data.projects.flatMap((p) => {
      const codes = new Set(p.partnerCountryCodes);
      if (p.hostCountryCode) codes.add(p.hostCountryCode);
      return [...codes].map((countryCode, position) => ({ project_id: p.id, country_code: countryCode, position }));
    }),
  );
  insertRows(
    db,
    "project_outcome",
    data.projectOutcomes.map((o, position) => ({ id: o.id, position, project_id: o.projectId, record: json(o) })),
  );
  insertRows(
    db,
    "public_service_crisis",
    data.publicServiceCrises.map((c, position) => ({ id: c.id, position, gap_id: c.gapId, record: json(c) })),
  );
  insertRows(
    db,
    "public_service_crisis_country",
    data.publicServiceCrises.flatMap((c) =>
      c.countryCodes.map((countryCode, position) => ({ crisis_id: c.id, country_code: countryCode, position })),
    ),
  );
  insertRows(
    db,
    "priority_area",
    data.priorityAreas.map((a, position) => ({ id: a.id, position, region_id: a.regionId, record: json(a) })),
  );

  insertRows(
    db,
    "public_goods_relation",
    data.publicGoodsRelations.map((r, position) => ({ id: r.id, position, region_id: r.regionId, record: json(r) })),
  );

  seedReferenceNames(db, data.names);
  db.exec(FACT_INDEX_DDL);
  const projectsById = new Map(data.projects.map((p) => [p.id, p]));
  // A project's facts are about its partner and host countries; so are its outcomes.
  const projectCountries = (projectId: string) => {
    const project = projectsById.get(projectId);
    if (!project) return [];
    return project.hostCountryCode
      ? [...project.partnerCountryCodes, project.hostCountryCode]
      : project.partnerCountryCodes;
  };
  indexFacts(db, [
    ...data.initiatives.map((i) => ({
      type: INFRASTRUCTURE_FACT_TYPES.initiatives,
      id: i.id,
      evidence: i.evidence,
      wording: [i.name],
    })),
    ...data.projects.map((p) => ({
      type: INFRASTRUCTURE_FACT_TYPES.projects,
      id: p.id,
      evidence: p.evidence,
      countryCodes: projectCountries(p.id),
      wording: [p.name],
    })),
    ...data.projectOutcomes.map((o) => ({
      type: INFRASTRUCTURE_FACT_TYPES.projectOutcomes,
      id: o.id,
      evidence: o.evidence,
      countryCodes: projectCountries(o.projectId),
      wording: [o.description],
    })),
    ...data.gaps.map((g) => ({
      type: INFRASTRUCTURE_FACT_TYPES.gaps,
      id: g.id,
      evidence: g.evidence,
      wording: [g.description],
    })),
    ...data.publicServiceCrises.map((c) => ({
      type: INFRASTRUCTURE_FACT_TYPES.publicServiceCrises,
      id: c.id,
      evidence: c.evidence,
      countryCodes: c.countryCodes,
    })),
    ...data.priorityAreas.map((a) => ({
      type: INFRASTRUCTURE_FACT_TYPES.priorityAreas,
      id: a.id,
      evidence: a.evidence,
      wording: [a.name],
    })),
    ...data.publicGoodsRelations.map((r) => ({
      type: INFRASTRUCTURE_FACT_TYPES.publicGoodsRelations,
      id: r.id,
      evidence: r.evidence,
      wording: [r.subject, r.object],
    })),
  ]);
}
