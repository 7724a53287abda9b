/**
 * The `facts` connections: merges the fact indexes of every subgraph (this one's from its store, the others' as
 * the gateway fetched them), filters and orders them, and turns one page into facts — records for the types owned
 * here, key-only references for the others, whose fields the gateway fetches from their owners.
 */
import { type PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { countryCodeArgument } from "../../kit/countryCode.js";
import { type FactIndexEntry, type FactLoaders, paragraphArgument } from "../../kit/factIndex.js";
import { decodeGlobalId } from "../../kit/globalId.js";
import { withTypename } from "../../kit/node.js";
import { matchingTexts } from "../../kit/textSearch.js";
import type { FactFilter } from "../entities/FactFilter.js";
import { FactType } from "../entities/FactFilter.js";

interface Candidate {
  entry: FactIndexEntry;
  type: string;
  handle: string;
}

/** Index entries in the order sources are given (this subgraph first), each source in its data order. */
function candidates(sources: readonly (readonly FactIndexEntry[])[]): Candidate[] {
  return sources.flatMap((entries) =>
    entries.flatMap((entry) => {
      const parts = decodeGlobalId(entry.id);
      return parts ? [{ entry, type: parts.type, handle: parts.handle }] : [];
    }),
  );
}

export function selectFacts(sources: readonly (readonly FactIndexEntry[])[], filter: FactFilter | null | undefined) {
  const paragraph = paragraphArgument(filter?.paragraph, "filter.paragraph");
  const codes = filter?.countryCodes?.map((code) => countryCodeArgument(code, "filter.countryCodes"));
  const types = filter?.types ? new Set(filter.types.map((value) => FactType[value] ?? value)) : null;
  let selected = candidates(sources).filter(
    ({ entry, type }) =>
      (paragraph === null || entry.paragraphs.includes(paragraph)) &&
      (!codes || codes.some((code) => entry.countryCodes.includes(code))) &&
      (!types || types.has(type)),
  );
  if (filter?.text != null) {
    const matches = matchingTexts(
      selected.map(({ entry }) => entry.text),
      filter.text,
    );
    selected = selected.filter((_, index) => matches.has(index));
  }
  // Article order: by the first paragraph a fact cites; within a paragraph, sources and data order as given.
  return selected
    .map((candidate, order) => ({ candidate, order }))
    .sort(
      (a, b) => (a.candidate.entry.paragraphs[0] ?? 0) - (b.candidate.entry.paragraphs[0] ?? 0) || a.order - b.order,
    )
    .map(({ candidate }) => candidate);
}

export async function factConnection(selected: readonly Candidate[], args: PageArgs, ownLoaders: FactLoaders) {
  const page = pageFromArgs(args);
  const slice = selected.slice(page.offset, page.offset + page.limit);
  const nodes = await Promise.all(
    slice.map(async ({ type, handle }) => {
      const loader = ownLoaders[type];
      if (!loader) return { __typename: type, id: handle };
      const record = await loader.load(handle);
      return record ? withTypename(type, record) : { __typename: type, id: handle };
    }),
  );
  return toConnection(nodes, selected.length, page);
}
