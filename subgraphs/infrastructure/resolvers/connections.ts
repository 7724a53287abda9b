/** Connection (page) types of the infrastructure lists. */
import { connectionType } from "../../kit/connection.js";
import { InfrastructureProject } from "../entities/InfrastructureProject.js";
import { Initiative } from "../entities/Initiative.js";
import { PublicServiceCrisis } from "../entities/PublicServiceCrisis.js";

export const InitiativeConnection = connectionType(Initiative, "Initiative");
export const InfrastructureProjectConnection = connectionType(InfrastructureProject, "InfrastructureProject");
export const PublicServiceCrisisConnection = connectionType(PublicServiceCrisis, "PublicServiceCrisis");
