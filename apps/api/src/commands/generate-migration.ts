import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate, schemaDrift, schemaDriftDown, startEmbeddedDatabase } from '@liaise/api-core';
import { ENTITIES } from '../entities.js';
import { MIGRATIONS } from '../migrations/index.js';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../src/migrations');

const statement = (sql: string) => `    await queryRunner.query(\`${sql.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\`);`;

/**
 * Writes a migration holding what the entities need beyond the existing migrations, worked out on a
 * fresh embedded PostgreSQL. Row-level security policies and grants are added to it by hand.
 */
export async function generateMigration(name: string | undefined): Promise<void> {
  if (name === undefined || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a name in PascalCase that says what it changes, e.g. AddTrainingRecords');
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'liaise-migration-'));
  const database = await startEmbeddedDatabase({ dataDir });
  try {
    await migrate({ ownerUrl: database.ownerUrl, entities: ENTITIES, migrations: MIGRATIONS });
    const dataSource = new DataSource(
      dataSourceOptions({ url: database.ownerUrl, entities: ENTITIES, applicationName: 'liaise-migration-generate' }),
    );
    await dataSource.initialize();
    const [up, down] = [await schemaDrift(dataSource), await schemaDriftDown(dataSource)];
    await dataSource.destroy();
    if (up.length === 0) {
      process.stdout.write('The entities and the migrations agree: nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    await writeFile(
      file,
      [
        "import type { MigrationInterface, QueryRunner } from 'typeorm';",
        '',
        `export class ${className} implements MigrationInterface {`,
        `  name = '${className}';`,
        '',
        '  async up(queryRunner: QueryRunner): Promise<void> {',
        ...up.map(statement),
        '  }',
        '',
        '  async down(queryRunner: QueryRunner): Promise<void> {',
        ...down.map(statement),
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    await addToMigrationIndex(file, className);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}: add grants and row-level security to it.\n`);
  } finally {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Adds the new migration to migrations/index.ts, as the newest (TypeORM cannot glob TypeScript under jest,
 * and feature libraries keep migrations of their own there too).
 */
async function addToMigrationIndex(file: string, className: string): Promise<void> {
  const indexFile = path.join(MIGRATIONS_DIR, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  const lines = index.split('\n');
  const lastImport = lines.reduce((last, line, i) => (line.startsWith('import ') ? i : last), -1);
  lines.splice(lastImport + 1, 0, `import { ${className} } from './${path.basename(file).replace(/\.ts$/, '.js')}';`);
  const updated = lines.join('\n').replace(/export const MIGRATIONS = \[([\s\S]*?)\];/, (_m, list: string) => {
    const entries = [...list.split(',').map((e) => e.trim()).filter(Boolean), className];
    return `export const MIGRATIONS = [\n  ${entries.join(',\n  ')},\n];`;
  });
  await writeFile(indexFile, updated);
}
