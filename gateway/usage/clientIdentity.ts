/** The client behind a request, from the `apollographql-client-name` / `-version` headers Apollo clients send. */
export interface ClientIdentity {
  name: string;
  version: string;
}

const PRINTABLE = /^[\x20-\x7e]{1,64}$/;

function headerValue(value: string | null | undefined): string {
  const trimmed = value?.trim() ?? "";
  return PRINTABLE.test(trimmed) ? trimmed : "";
}

export function clientIdentity(headers: { get(name: string): string | null | undefined } | undefined): ClientIdentity {
  return {
    name: headerValue(headers?.get("apollographql-client-name")),
    version: headerValue(headers?.get("apollographql-client-version")),
  };
}
