import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The SDL as committed in apps/api/schema.gql: sorted, so that a diff shows only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
