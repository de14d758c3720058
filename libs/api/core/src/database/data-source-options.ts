import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
export type ClassList = MixedList<Function | string>;

export interface DataSourceParts {
  readonly url: string;
  readonly entities: ClassList;
  readonly migrations?: ClassList;
  readonly applicationName: string;
  readonly poolSize?: number;
}

/** Options shared by every connection Liaise makes: never `synchronize`, snake_case names, UTC. */
export function dataSourceOptions({ url, entities, migrations = [], applicationName, poolSize = 10 }: DataSourceParts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName,
    extra: { max: poolSize, options: '-c timezone=UTC' },
  };
}
