/** Enumerations of the diplomacy subgraph. */
import { registerEnumType } from "type-graphql";

export enum OfficeKind {
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

registerEnumType(OfficeKind, {
  name: "OfficeKind",
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
  WORSENING = "WORSENING",
  STABLE = "STABLE",
}

export enum CausalRelation {
  DRIVES = "DRIVES",
  STRENGTHENS = "STRENGTHENS",
  ENABLES = "ENABLES",
  FOCUSES_ON = "FOCUSES_ON",
}

export enum StatedPositionKind {
  WILLINGNESS = "WILLINGNESS",
  COMMITMENT = "COMMITMENT",
  PROPOSAL = "PROPOSAL",
  OTHER = "OTHER",
}

export enum AssessmentStance {
  POSITIVE = "POSITIVE",
  NEGATIVE = "NEGATIVE",
  NEUTRAL = "NEUTRAL",
  MIXED = "MIXED",
}

registerEnumType(TrendDirection, {
  name: "TrendDirection",
  description: "Which way a development goes; `directionWording` keeps the source's words.",
  valuesConfig: {
    IMPROVING: { description: "Getting better, deeper or more advanced." },
    WORSENING: { description: "Getting worse." },
    STABLE: { description: "Holding steady." },
  },
});

registerEnumType(CausalRelation, {
  name: "CausalRelation",
  description: "How a cause bears on its effect; `relationWording` keeps the source's words.",
  valuesConfig: {
    DRIVES: { description: "Gives impetus or momentum to the effect." },
    STRENGTHENS: { description: "Enhances or strengthens the effect." },
    ENABLES: { description: "Lays or solidifies the foundation for the effect." },
    FOCUSES_ON: { description: "Directs attention or effort to the effect; no cause stated." },
  },
});

registerEnumType(StatedPositionKind, {
  name: "StatedPositionKind",
  description: "Kind of position or commitment someone states; `kindWording` keeps the source's words.",
  valuesConfig: {
    WILLINGNESS: { description: "A stated willingness to do something." },
    COMMITMENT: { description: "A commitment to do something." },
    PROPOSAL: { description: "A proposal to others." },
    OTHER: { description: "Another kind of position; `kindWording` says which." },
  },
});

registerEnumType(AssessmentStance, {
  name: "AssessmentStance",
  description: "Which way a view leans; `stanceWording` keeps the source's words.",
  valuesConfig: {
    POSITIVE: { description: "Favourable: values, welcomes or looks forward to something." },
    NEGATIVE: { description: "Unfavourable: criticizes, fears or rejects something." },
    NEUTRAL: { description: "Neither favourable nor unfavourable." },
    MIXED: { description: "Both favourable and unfavourable." },
  },
});
