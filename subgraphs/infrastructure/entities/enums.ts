/** Enumerations of the infrastructure subgraph. */
import { registerEnumType } from "type-graphql";

export enum InfrastructureSector {
  POWER_TRANSMISSION = "POWER_TRANSMISSION",
}

export enum InfrastructureProjectStatus {
  PLANNED = "PLANNED",
  UNDER_CONSTRUCTION = "UNDER_CONSTRUCTION",
  COMPLETED = "COMPLETED",
  UNKNOWN = "UNKNOWN",
}

export enum InfrastructureOutcomeKind {
  NETWORK_CONNECTIVITY = "NETWORK_CONNECTIVITY",
  CAPACITY_AND_RELIABILITY = "CAPACITY_AND_RELIABILITY",
  RENEWABLE_ENERGY_INTEGRATION = "RENEWABLE_ENERGY_INTEGRATION",
  SUSTAINABLE_DEVELOPMENT = "SUSTAINABLE_DEVELOPMENT",
  OTHER = "OTHER",
}

export enum InfrastructureGapEffect {
  UNMET_NEEDS = "UNMET_NEEDS",
  SOCIAL_CONFLICT = "SOCIAL_CONFLICT",
  POLITICAL_CRISIS = "POLITICAL_CRISIS",
  OTHER = "OTHER",
}

export enum PublicServiceCrisisTrigger {
  PUBLIC_SERVICE_PRICE_ADJUSTMENT = "PUBLIC_SERVICE_PRICE_ADJUSTMENT",
}

export enum PublicServiceCrisisEffect {
  SOCIAL_CONFLICT = "SOCIAL_CONFLICT",
  POLITICAL_CRISIS = "POLITICAL_CRISIS",
  OTHER = "OTHER",
}

export enum PublicGoodsRelationKind {
  RELATED = "RELATED",
  CAUSES = "CAUSES",
  CAUSED_BY = "CAUSED_BY",
}

export enum PriorityAreaKind {
  INFRASTRUCTURE_CONSTRUCTION = "INFRASTRUCTURE_CONSTRUCTION",
  RE_INDUSTRIALIZATION = "RE_INDUSTRIALIZATION",
  CONNECTIVITY = "CONNECTIVITY",
  CLEAN_ENERGY = "CLEAN_ENERGY",
  AGRICULTURAL_MODERNIZATION = "AGRICULTURAL_MODERNIZATION",
  DIGITAL_TRANSFORMATION = "DIGITAL_TRANSFORMATION",
}

registerEnumType(InfrastructureSector, {
  name: "InfrastructureSector",
  description: "Sector of an infrastructure project.",
  valuesConfig: {
    POWER_TRANSMISSION: { description: "Electric power transmission and transformation (high-voltage grid)." },
  },
});

registerEnumType(InfrastructureProjectStatus, {
  name: "InfrastructureProjectStatus",
  description: "Stage of a project's life cycle; `statusWording` keeps the source's own words.",
  valuesConfig: {
    PLANNED: { description: "Decided or announced; construction has not started." },
    UNDER_CONSTRUCTION: { description: "Being built." },
    COMPLETED: { description: "Finished and in operation." },
    UNKNOWN: {
      description:
        'The source does not say which stage it has reached (e.g. it only says what the project will do "upon completion").',
    },
  },
});

registerEnumType(InfrastructureOutcomeKind, {
  name: "InfrastructureOutcomeKind",
  description:
    "Kind of outcome an infrastructure project is expected to achieve; `kindWording` keeps the source's words.",
  valuesConfig: {
    NETWORK_CONNECTIVITY: { description: "Links or closes a network, e.g. a closed loop in a power grid." },
    CAPACITY_AND_RELIABILITY: { description: "More capacity, or steadier and more reliable operation." },
    RENEWABLE_ENERGY_INTEGRATION: { description: "Lets more renewable or new energy sources into the system." },
    SUSTAINABLE_DEVELOPMENT: {
      description: "Contributes to an energy transition or to sustainable economic and social development.",
    },
    OTHER: { description: "Another outcome; `kindWording` says which." },
  },
});

registerEnumType(InfrastructureGapEffect, {
  name: "InfrastructureGapEffect",
  description: "What a shortfall of public goods leads to; `effectsWording` keeps the source's words.",
  valuesConfig: {
    UNMET_NEEDS: { description: "People's needs go unmet." },
    SOCIAL_CONFLICT: { description: "Social unrest or domestic conflict." },
    POLITICAL_CRISIS: { description: "Political crisis or instability." },
    OTHER: { description: "Another effect; `effectsWording` says which." },
  },
});

registerEnumType(PublicServiceCrisisTrigger, {
  name: "PublicServiceCrisisTrigger",
  description: "What set off a public-service crisis.",
  valuesConfig: {
    PUBLIC_SERVICE_PRICE_ADJUSTMENT: { description: "A price adjustment to public services." },
  },
});

registerEnumType(PublicServiceCrisisEffect, {
  name: "PublicServiceCrisisEffect",
  description: "Effect a public-service crisis had in a country; `effectsWording` keeps the source's words.",
  valuesConfig: {
    SOCIAL_CONFLICT: { description: "Social unrest or domestic conflict, set off or made worse." },
    POLITICAL_CRISIS: { description: "A political crisis, set off or made worse." },
    OTHER: { description: "Another effect; `effectsWording` says which." },
  },
});

registerEnumType(PublicGoodsRelationKind, {
  name: "PublicGoodsRelationKind",
  description: "How a condition relates to the supply of public goods; `relationWording` keeps the source's words.",
  valuesConfig: {
    RELATED: { description: "Related, with no direction of cause stated." },
    CAUSES: { description: "The condition causes the state of the supply." },
    CAUSED_BY: { description: "The condition is caused by the state of the supply." },
  },
});

registerEnumType(PriorityAreaKind, {
  name: "PriorityAreaKind",
  description: "An area Latin America prioritizes while seeking international cooperation.",
  valuesConfig: {
    INFRASTRUCTURE_CONSTRUCTION: { description: "Infrastructure construction." },
    RE_INDUSTRIALIZATION: { description: "Re-industrialization." },
    CONNECTIVITY: { description: "Connectivity." },
    CLEAN_ENERGY: { description: "Clean energy." },
    AGRICULTURAL_MODERNIZATION: { description: "Agricultural modernization." },
    DIGITAL_TRANSFORMATION: { description: "Digital transformation." },
  },
});
