/** Connection (page) types of the diplomacy lists. */
import { connectionType } from "../../kit/connection.js";
import { Fact } from "../../kit/node.js";
import { Article } from "../entities/Article.js";
import { Assessment } from "../entities/Assessment.js";
import { CausalLink } from "../entities/CausalLink.js";
import { Country } from "../entities/Country.js";
import { Engagement } from "../entities/Engagement.js";
import { Framework } from "../entities/Framework.js";
import { HeadOfState } from "../entities/HeadOfState.js";
import { PolicyDocument } from "../entities/PolicyDocument.js";
import { StatedPosition } from "../entities/StatedPosition.js";
import { Trend } from "../entities/Trend.js";

export const CountryConnection = connectionType(Country, "Country");
export const HeadOfStateConnection = connectionType(HeadOfState, "HeadOfState");
export const EngagementConnection = connectionType(Engagement, "Engagement");
export const FrameworkConnection = connectionType(Framework, "Framework");
export const PolicyDocumentConnection = connectionType(PolicyDocument, "PolicyDocument");
export const ArticleConnection = connectionType(Article, "Article");
export const FactConnection = connectionType(Fact, "Fact");
export const TrendConnection = connectionType(Trend, "Trend");
export const CausalLinkConnection = connectionType(CausalLink, "CausalLink");
export const StatedPositionConnection = connectionType(StatedPosition, "StatedPosition");
export const AssessmentConnection = connectionType(Assessment, "Assessment");
