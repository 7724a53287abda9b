/**
 * The reviewed allowlist of the `connection-required` rule: lists of objects that stay plain lists because one parent
 * bounds them (what one sentence, one exchange or one project names), each with the reason. Everything else that can
 * grow with the data — a root collection, a to-many relation between facts — is a connection, so clients page it and
 * the cost limit prices it by `first`. `*.field` covers that field on every type. Adding an entry is a schema review
 * decision: say why the list cannot grow past a small size.
 */
export const BOUNDED_LISTS: Readonly<Record<string, string>> = {
  "*.evidence": "The paragraphs and verbatim quotes one fact cites: a few, fixed when the fact is curated.",
  "Article.paragraphs": "The paragraphs of one article, fixed by its text.",
  "Country.headsOfState": "A country's heads of state the article names: one or two.",
  "Engagement.participants": "The heads of state of one exchange: a handful.",
  "Engagement.participantCountries": "The countries of one exchange's participants and host: a handful.",
  "StatedPosition.frameworks": "The frameworks one statement names.",
  "MajorProject.promotedBy": 'The parties one sentence names as promoting the project ("the two sides").',
  "CausalLink.majorProjects": "The major projects one causal statement names.",
  "CausalLink.frameworks": "The frameworks one causal statement names.",
  "CausalLink.priorityAreas": "The priority areas one causal statement names.",
  "Trend.frameworks": "The frameworks one trend statement is about.",
  "Trend.since": "The frameworks one trend statement dates the trend from.",
  "InfrastructureProject.promoterCountries": "The countries promoting one project: its few partners.",
  "InfrastructureProject.expectedOutcomes": "The outcomes the article lists for one project.",
  "PublicServiceCrisis.countries": "The countries one claim about public-service crises names.",
  "Query.nodes": "One result per id the caller passes (at most the page size), in the caller's order.",
};

/** The reason a list field may stay a plain list, or undefined when it must be a connection. */
export function boundedListReason(typeName: string, fieldName: string): string | undefined {
  return BOUNDED_LISTS[`${typeName}.${fieldName}`] ?? BOUNDED_LISTS[`*.${fieldName}`];
}
