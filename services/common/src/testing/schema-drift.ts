// After the migrations ran, the schema the entities describe must need no change: migrations and entities agree.
import type { DataSource } from 'typeorm';

export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}
