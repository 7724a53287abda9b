/** What the gateway accumulates between flushes: operations first seen, and request counts per operation and client. */
export interface RecordedOperation {
  id: string;
  documentHash: string;
  name: string | null;
  type: string;
  signature: string;
  coordinates: readonly string[];
}

export interface UsageCount {
  operationId: string;
  clientName: string;
  clientVersion: string;
  hour: number;
  count: number;
}

export interface UsageBatch {
  operations: RecordedOperation[];
  counts: UsageCount[];
}
