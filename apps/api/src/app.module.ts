import { existsSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import {
  APP_CONFIG,
  DatabaseModule,
  GraphqlApiModule,
  HealthModule,
  LoggingModule,
  RUNTIME_INFO,
  ServiceInfoResolver,
  type AppConfig,
  type RuntimeInfo,
} from '@liaise/api-core';
import { OrganisationsModule } from '@liaise/api-organisations';
import { ENTITIES } from './entities.js';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly runtime: RuntimeInfo;
  /** The application role's connection string. */
  readonly appDatabaseUrl: string;
  /** False only when printing the schema: nothing connects. */
  readonly connect?: boolean;
}

/**
 * Composition only: which feature modules make up the process. The `api` role serves GraphQL and the
 * built web; the `worker` role runs background work; `all` (local use) does both on one port.
 */
@Module({})
export class AppModule {
  static forRoot({ config, runtime, appDatabaseUrl, connect = true }: AppModuleOptions): DynamicModule {
    const servesApi = config.role !== 'worker';
    const serveWeb =
      servesApi && config.webDistDir !== undefined && existsSync(config.webDistDir)
        ? [
            ServeStaticModule.forRoot({
              rootPath: config.webDistDir,
              exclude: ['/graphql{/*path}', '/health{/*path}'],
              serveStaticOptions: { index: 'index.html', maxAge: '1h' },
            }),
          ]
        : [];
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(config.logLevel),
        DatabaseModule.forRoot({ appUrl: appDatabaseUrl, entities: ENTITIES, connect }),
        ...(servesApi ? [GraphqlApiModule.forRoot({ production: config.production })] : []),
        HealthModule,
        OrganisationsModule,
        ...serveWeb,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RUNTIME_INFO, useValue: runtime },
        ...(servesApi ? [ServiceInfoResolver] : []),
      ],
    };
  }
}
