/** The API's page-size contract: subgraphs apply it to `first`, the gateway's cost estimate assumes it. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
