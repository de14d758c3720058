/**
 * Limits that keep one request from costing the server much: depth, cost, aliases (`__typename` too),
 * tokens and directives are bounded, and batched requests are refused. A misspelt field or enum value gets
 * no "did you mean" hint, for anyone (see formatGraphqlError).
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
} as const;
