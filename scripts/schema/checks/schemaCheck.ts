/** A check the runner can run: a name for the report and a function from the shared context to findings. */
import type { CheckContext } from "../checkContext.js";
import type { CheckOutcome } from "../findings.js";

export interface SchemaCheck {
  /** Stable id used in `--json` output. */
  name: string;
  title: string;
  run(context: CheckContext): Promise<CheckOutcome>;
}
