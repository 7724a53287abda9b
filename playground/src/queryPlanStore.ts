/** The query plan of the last operation run in the playground, shared between the fetcher and the plan panel. */

export interface ReceivedPlan {
  operationName: string | undefined;
  /** The gateway's printed plan; undefined when the response carried none (e.g. the gateway does not expose plans). */
  text: string | undefined;
}

let current: ReceivedPlan | undefined;
const listeners = new Set<() => void>();

export const queryPlanStore = {
  get: (): ReceivedPlan | undefined => current,
  set(plan: ReceivedPlan): void {
    current = plan;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
