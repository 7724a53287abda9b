/** Connection (page) types of the infrastructure lists. */
import { connectionType } from "../../kit/connection.js";
import { InfrastructureGap } from "../entities/InfrastructureGap.js";
import { InfrastructureProject } from "../entities/InfrastructureProject.js";
import { Initiative } from "../entities/Initiative.js";
import { PriorityArea } from "../entities/PriorityArea.js";
import { PublicGoodsRelation } from "../entities/PublicGoodsRelation.js";
import { PublicServiceCrisis } from "../entities/PublicServiceCrisis.js";

export const InitiativeConnection = connectionType(Initiative, "Initiative");
export const InfrastructureProjectConnection = connectionType(InfrastructureProject, "InfrastructureProject");
export const PublicServiceCrisisConnection = connectionType(PublicServiceCrisis, "PublicServiceCrisis");
export const InfrastructureGapConnection = connectionType(InfrastructureGap, "InfrastructureGap");
export const PriorityAreaConnection = connectionType(PriorityArea, "PriorityArea");
export const PublicGoodsRelationConnection = connectionType(PublicGoodsRelation, "PublicGoodsRelation");
