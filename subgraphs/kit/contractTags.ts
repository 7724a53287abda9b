/** `@tag` directives that select schema elements for contract variants (see schema/contracts). */
export const PUBLIC_TAG = '@tag(name: "public")';
export const INTERNAL_TAG = '@tag(name: "internal")';
