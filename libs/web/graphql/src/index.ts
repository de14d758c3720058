// Typed GraphQL documents for the web, generated from apps/api/schema.gql by `nx run web-graphql:codegen`.
// Write a document with graphql(`query …`) beside the hook that uses it; the generated overloads give it its
// result and variables types.
export * from './generated/index.js';
export * from './generated/graphql.js';
export * from './problems.js';
