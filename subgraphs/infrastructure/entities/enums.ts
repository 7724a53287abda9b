/** Enumerations of the infrastructure subgraph. */
import { registerEnumType } from "type-graphql";

export enum InfrastructureSector {
  POWER_TRANSMISSION = "POWER_TRANSMISSION",
}

export enum InfrastructureProjectStatus {
  NOT_YET_COMPLETED = "NOT_YET_COMPLETED",
}

export enum InfrastructureOutcomeKind {
  BACKBONE_GRID_CLOSED_LOOP = "BACKBONE_GRID_CLOSED_LOOP",
  GRID_CARRYING_CAPACITY_AND_STABILITY = "GRID_CARRYING_CAPACITY_AND_STABILITY",
  NEW_ENERGY_INTEGRATION = "NEW_ENERGY_INTEGRATION",
  ENERGY_TRANSITION_AND_SUSTAINABLE_DEVELOPMENT = "ENERGY_TRANSITION_AND_SUSTAINABLE_DEVELOPMENT",
}

export enum InfrastructureGapEffect {
  PEOPLES_NEEDS_UNMET = "PEOPLES_NEEDS_UNMET",
  POLITICAL_AND_SOCIAL_TURMOIL = "POLITICAL_AND_SOCIAL_TURMOIL",
}

export enum PublicServiceCrisisTrigger {
  PUBLIC_SERVICE_PRICE_ADJUSTMENT = "PUBLIC_SERVICE_PRICE_ADJUSTMENT",
}

export enum PublicServiceCrisisEffect {
  EXACERBATED_DOMESTIC_CONFLICTS = "EXACERBATED_DOMESTIC_CONFLICTS",
  TRIGGERED_POLITICAL_CRISES = "TRIGGERED_POLITICAL_CRISES",
}

export enum PublicGoodsRelationKind {
  CLOSELY_RELATED_TO = "CLOSELY_RELATED_TO",
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
  description: "How far a project has got, as far as the article tells.",
  valuesConfig: {
    NOT_YET_COMPLETED: {
      description:
        'Not completed: the article says what it will achieve "upon completion", but not whether it is planned or under construction.',
    },
  },
});

registerEnumType(InfrastructureOutcomeKind, {
  name: "InfrastructureOutcomeKind",
  description: "Kind of outcome a project is expected to achieve upon completion.",
  valuesConfig: {
    BACKBONE_GRID_CLOSED_LOOP: { description: "Closes a loop in a country's backbone power grid." },
    GRID_CARRYING_CAPACITY_AND_STABILITY: {
      description: "Improves the grid's carrying capacity and operational stability.",
    },
    NEW_ENERGY_INTEGRATION: { description: "Supports the large-scale integration of new energy sources." },
    ENERGY_TRANSITION_AND_SUSTAINABLE_DEVELOPMENT: {
      description: "Contributes to energy-structure transformation and sustainable economic and social development.",
    },
  },
});

registerEnumType(InfrastructureGapEffect, {
  name: "InfrastructureGapEffect",
  description: "What a shortfall of infrastructure-related public goods leads to, per the article.",
  valuesConfig: {
    PEOPLES_NEEDS_UNMET: { description: "Makes it difficult to meet the needs of the people." },
    POLITICAL_AND_SOCIAL_TURMOIL: {
      description: "Is closely related to the political and social turmoil many Latin American countries face.",
      deprecationReason:
        "The article relates the turmoil to the supply of public goods in general, not to one gap: see `PublicGoodsRelation`. No gap has this effect.",
    },
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
  description: "Effect a public-service price adjustment had in a country.",
  valuesConfig: {
    EXACERBATED_DOMESTIC_CONFLICTS: { description: "Exacerbated domestic conflicts." },
    TRIGGERED_POLITICAL_CRISES: { description: "Triggered political crises." },
  },
});

registerEnumType(PublicGoodsRelationKind, {
  name: "PublicGoodsRelationKind",
  description: "How the article relates a condition to the supply of public goods, in its words.",
  valuesConfig: {
    CLOSELY_RELATED_TO: { description: '"is closely related to": a relation, with no direction of cause stated.' },
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
