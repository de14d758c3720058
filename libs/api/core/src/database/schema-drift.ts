import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would generate to bring the database in line with the entities. Empty when entities and
 * migrations agree; run after migrating.
 */
export async function schemaDrift(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

/** The reverse statements, for the `down` of a generated migration. */
export async function schemaDriftDown(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.downQueries.map((query) => query.query).reverse();
}
