/** Enumerations of the finance subgraph. */
import { registerEnumType } from "type-graphql";

export enum FinancialMechanismKind {
  PROJECT_FINANCING = "PROJECT_FINANCING",
  COOPERATION_FUND = "COOPERATION_FUND",
  INVESTMENT_FUND = "INVESTMENT_FUND",
  CURRENCY_SWAP = "CURRENCY_SWAP",
  BOND = "BOND",
  INSURANCE = "INSURANCE",
  FINANCIAL_LEASING = "FINANCIAL_LEASING",
}

export enum FinancialMechanismStatus {
  EXISTING = "EXISTING",
  TO_EXPLORE = "TO_EXPLORE",
}

export enum FinancialRiskKind {
  DEBT_BURDEN = "DEBT_BURDEN",
  SOVEREIGN_DEBT_RESTRUCTURING = "SOVEREIGN_DEBT_RESTRUCTURING",
  OTHER = "OTHER",
}

export enum FinancialStabilityDimension {
  MACROECONOMIC_STABILITY = "MACROECONOMIC_STABILITY",
  FINANCIAL_SECURITY = "FINANCIAL_SECURITY",
  FINANCIAL_STABILITY = "FINANCIAL_STABILITY",
}

export enum FinancialAuthorityKind {
  CENTRAL_BANKS = "CENTRAL_BANKS",
  FINANCIAL_REGULATORY_AUTHORITIES = "FINANCIAL_REGULATORY_AUTHORITIES",
}

export enum FinancialCooperationOutcome {
  FINANCIAL_STABILITY = "FINANCIAL_STABILITY",
  DEVELOPMENT_CAPABILITIES = "DEVELOPMENT_CAPABILITIES",
  FINANCIAL_PUBLIC_GOODS_SUPPLY = "FINANCIAL_PUBLIC_GOODS_SUPPLY",
  ECONOMIC_AND_TRADE_COOPERATION = "ECONOMIC_AND_TRADE_COOPERATION",
}

registerEnumType(FinancialMechanismKind, {
  name: "FinancialMechanismKind",
  description: "Kind of China-Latin America financial cooperation mechanism.",
  valuesConfig: {
    PROJECT_FINANCING: { description: "Financing arrangements based on major bilateral projects." },
    COOPERATION_FUND: { description: "A cooperation fund (the China-Latin America Cooperation Fund)." },
    INVESTMENT_FUND: { description: "An investment fund (the Production Capacity Cooperation Investment Fund)." },
    CURRENCY_SWAP: { description: "Currency swaps." },
    BOND: { description: "Bonds (the article names Panda bonds)." },
    INSURANCE: { description: "Insurance." },
    FINANCIAL_LEASING: { description: "Financial leasing." },
  },
});

registerEnumType(FinancialMechanismStatus, {
  name: "FinancialMechanismStatus",
  description: "Whether a financial mechanism already exists or is a new form of cooperation to explore.",
  valuesConfig: {
    EXISTING: { description: "Part of current China-Latin America financial cooperation." },
    TO_EXPLORE: { description: "A new form of cooperation the policy document's dialogue will explore." },
  },
});

registerEnumType(FinancialRiskKind, {
  name: "FinancialRiskKind",
  description: "Kind of financial risk; `kindWording` keeps the source's words.",
  valuesConfig: {
    DEBT_BURDEN: { description: "Debt pressure: a heavy debt load." },
    SOVEREIGN_DEBT_RESTRUCTURING: { description: "Sovereign debt restructuring." },
    OTHER: { description: "Another risk; `kindWording` says which." },
  },
});

registerEnumType(FinancialStabilityDimension, {
  name: "FinancialStabilityDimension",
  description: "What a financial gap or risk threatens or impacts, as the article names it.",
  valuesConfig: {
    MACROECONOMIC_STABILITY: { description: "Macroeconomic stability." },
    FINANCIAL_SECURITY: { description: "Financial security." },
    FINANCIAL_STABILITY: { description: "Financial stability." },
  },
});

registerEnumType(FinancialAuthorityKind, {
  name: "FinancialAuthorityKind",
  description: "Kind of authority taking part in a financial regulatory dialogue.",
  valuesConfig: {
    CENTRAL_BANKS: { description: "The central banks of China and Latin America." },
    FINANCIAL_REGULATORY_AUTHORITIES: {
      description: "The financial regulatory authorities of China and Latin America.",
    },
  },
});

registerEnumType(FinancialCooperationOutcome, {
  name: "FinancialCooperationOutcome",
  description: "What financial cooperation is expected to achieve, as the article states it.",
  valuesConfig: {
    FINANCIAL_STABILITY: { description: "Enhancing Latin America's financial stability." },
    DEVELOPMENT_CAPABILITIES: { description: "Enhancing Latin America's development capabilities." },
    FINANCIAL_PUBLIC_GOODS_SUPPLY: {
      description: "Further enhancing the supply of financial public goods in Latin America.",
    },
    ECONOMIC_AND_TRADE_COOPERATION: { description: "Positively promoting bilateral economic and trade cooperation." },
  },
});
