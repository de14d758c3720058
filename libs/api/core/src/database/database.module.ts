import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type ClassList } from './data-source-options.js';

export interface DatabaseModuleOptions {
  /** The application role's connection. */
  readonly appUrl: string;
  readonly entities: ClassList;
  /** Build the module without connecting (used to print the GraphQL schema with no database). */
  readonly connect: boolean;
  readonly poolSize?: number;
}

@Module({})
export class DatabaseModule {
  static forRoot({ appUrl, entities, connect, poolSize }: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: appUrl, entities, applicationName: 'liaise-api', poolSize }),
          manualInitialization: !connect,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
    };
  }
}
