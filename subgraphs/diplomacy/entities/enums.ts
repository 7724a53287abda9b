/** Enumerations of the diplomacy subgraph. */
import { registerEnumType } from "type-graphql";

export enum Office {
  PRESIDENT = "PRESIDENT",
}

export enum EngagementKind {
  TELEPHONE_CONVERSATION = "TELEPHONE_CONVERSATION",
  TALKS = "TALKS",
}

export enum EngagementOccasion {
  STATE_VISIT = "STATE_VISIT",
}

export enum FrameworkKind {
  SHARED_FUTURE_COMMUNITY = "SHARED_FUTURE_COMMUNITY",
  COMPREHENSIVE_PARTNERSHIP = "COMPREHENSIVE_PARTNERSHIP",
  PARTNERSHIP_NETWORK = "PARTNERSHIP_NETWORK",
  DIALOGUE_MECHANISMS = "DIALOGUE_MECHANISMS",
  FORUM = "FORUM",
  MINISTERIAL_CONFERENCE = "MINISTERIAL_CONFERENCE",
}

export enum CooperationField {
  POLITICAL = "POLITICAL",
  ECONOMIC = "ECONOMIC",
  TRADE = "TRADE",
  SCIENTIFIC = "SCIENTIFIC",
  EDUCATIONAL = "EDUCATIONAL",
}

export enum MajorProjectArea {
  UNITY = "UNITY",
  DEVELOPMENT = "DEVELOPMENT",
  CIVILIZATION = "CIVILIZATION",
  PEACE = "PEACE",
  PEOPLE_TO_PEOPLE_BONDS = "PEOPLE_TO_PEOPLE_BONDS",
}

export enum PolicyDocumentKind {
  JOINT_ACTION_PLAN = "JOINT_ACTION_PLAN",
  POLICY_PAPER = "POLICY_PAPER",
}

registerEnumType(Office, {
  name: "Office",
  description: "Office held by a head of state.",
  valuesConfig: { PRESIDENT: { description: "President of the country." } },
});

registerEnumType(EngagementKind, {
  name: "EngagementKind",
  description: "Form of a diplomatic exchange between heads of state.",
  valuesConfig: {
    TELEPHONE_CONVERSATION: { description: "A telephone conversation." },
    TALKS: { description: "Talks held in person." },
  },
});

registerEnumType(EngagementOccasion, {
  name: "EngagementOccasion",
  description: "The occasion on which an engagement took place.",
  valuesConfig: { STATE_VISIT: { description: "A state visit by one of the participants." } },
});

registerEnumType(FrameworkKind, {
  name: "FrameworkKind",
  description: "Kind of cooperation framework, platform or mechanism.",
  valuesConfig: {
    SHARED_FUTURE_COMMUNITY: { description: "The goal of a community with a shared future." },
    COMPREHENSIVE_PARTNERSHIP: { description: "The comprehensive cooperative partnership." },
    PARTNERSHIP_NETWORK: { description: "Partnerships of various types with a number of countries." },
    DIALOGUE_MECHANISMS: { description: "Consultation or dialogue mechanisms." },
    FORUM: { description: "A multilateral forum." },
    MINISTERIAL_CONFERENCE: { description: "A ministerial conference of a forum." },
  },
});

registerEnumType(CooperationField, {
  name: "CooperationField",
  description: "Field covered by consultation or dialogue mechanisms.",
  valuesConfig: {
    POLITICAL: { description: "Political field." },
    ECONOMIC: { description: "Economic field." },
    TRADE: { description: "Trade field." },
    SCIENTIFIC: { description: "Scientific field." },
    EDUCATIONAL: { description: "Educational field." },
  },
});

registerEnumType(MajorProjectArea, {
  name: "MajorProjectArea",
  description: "Area of one of the Five Major Projects.",
  valuesConfig: {
    UNITY: { description: "Unity." },
    DEVELOPMENT: { description: "Development." },
    CIVILIZATION: { description: "Civilization." },
    PEACE: { description: "Peace." },
    PEOPLE_TO_PEOPLE_BONDS: { description: "People-to-people bonds." },
  },
});

registerEnumType(PolicyDocumentKind, {
  name: "PolicyDocumentKind",
  description: "Kind of policy document.",
  valuesConfig: {
    JOINT_ACTION_PLAN: { description: "A joint action plan adopted by a forum." },
    POLICY_PAPER: { description: "A government policy document." },
  },
});

export enum TrendDirection {
  IMPROVING = "IMPROVING",
  NEW_STAGE = "NEW_STAGE",
}

export enum CausalRelation {
  INJECTS_IMPETUS_INTO = "INJECTS_IMPETUS_INTO",
  ENHANCES = "ENHANCES",
  HELPS_STRENGTHEN = "HELPS_STRENGTHEN",
  LAYS_FOUNDATION_FOR = "LAYS_FOUNDATION_FOR",
  FOCUSES_ON = "FOCUSES_ON",
  SOLIDIFIES_FOUNDATION_FOR = "SOLIDIFIES_FOUNDATION_FOR",
}

export enum StatedPositionKind {
  WILLINGNESS_TO_WORK_TOGETHER = "WILLINGNESS_TO_WORK_TOGETHER",
}

export enum AssessmentStance {
  VALUES = "VALUES",
  LOOKS_FORWARD_TO = "LOOKS_FORWARD_TO",
}

registerEnumType(TrendDirection, {
  name: "TrendDirection",
  description: "Which way a development goes, as the article words it.",
  valuesConfig: {
    IMPROVING: { description: 'Improving ("has continued to improve", "have been rapidly improved").' },
    NEW_STAGE: { description: 'Entering a new stage ("entered a new stage").' },
  },
});

registerEnumType(CausalRelation, {
  name: "CausalRelation",
  description: "How the article links a cause to what it brings about, in its words.",
  valuesConfig: {
    INJECTS_IMPETUS_INTO: { description: '"has injected important impetus into".' },
    ENHANCES: { description: '"enhancing".' },
    HELPS_STRENGTHEN: { description: '"helping … strengthen".' },
    LAYS_FOUNDATION_FOR: { description: '"lays (laying) a solid foundation for".' },
    FOCUSES_ON: { description: '"focuses on".' },
    SOLIDIFIES_FOUNDATION_FOR: { description: '"further solidifying the foundation for".' },
  },
});

registerEnumType(StatedPositionKind, {
  name: "StatedPositionKind",
  description: "Kind of position or commitment someone states.",
  valuesConfig: {
    WILLINGNESS_TO_WORK_TOGETHER: { description: '"stated its willingness to work with …": a stated willingness.' },
  },
});

registerEnumType(AssessmentStance, {
  name: "AssessmentStance",
  description: "Which way a view goes, as the article words it.",
  valuesConfig: {
    VALUES: { description: '"value": holds something in esteem.' },
    LOOKS_FORWARD_TO: { description: '"look forward to": expects and welcomes something to come.' },
  },
});
