/** What the gateway tells the playground: where GraphQL lives, whether plans are exposed, the example operations. */

export interface PlaygroundSettings {
  graphqlPath: string;
  queryPlan: boolean;
}

export interface OperationExample {
  name: string;
  file: string;
  query: string;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function loadPlaygroundSetup(): Promise<{ settings: PlaygroundSettings; examples: OperationExample[] }> {
  const [settings, examples] = await Promise.all([
    getJson<PlaygroundSettings>("/playground/settings.json"),
    getJson<OperationExample[]>("/playground/examples.json"),
  ]);
  return { settings, examples };
}
