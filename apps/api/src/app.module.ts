import { existsSync } from 'node:fs';
import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import {
  AppConfigModule,
  DatabaseModule,
  GraphqlApiModule,
  HealthModule,
  InputValidationPipe,
  LoggingModule,
  NulCharacterPipe,
  SecurityHeadersModule,
  CompressionModule,
  webStaticOptions,
  RequestModule,
  ServiceInfoResolver,
  type AppConfig,
  type LogFormat,
  type RuntimeInfo,
} from '@liaise/api-core';
import { AuthModule } from '@liaise/api-auth';
import { OutboxWorkerModule } from '@liaise/api-notifications';
import { InvitationExpiryModule, InvitationsModule } from '@liaise/api-invitations';
import { OperationsModule } from '@liaise/api-operations';
import { OrganisationsModule } from '@liaise/api-organisations';
import { PartnershipsModule } from '@liaise/api-partnerships';
import { PeopleModule } from '@liaise/api-people';
import { TrainingModule } from '@liaise/api-training';
import { APP_PIPE } from '@nestjs/core';
import { ENTITIES } from './entities.js';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly runtime: RuntimeInfo;
  /** The application role's connection string. */
  readonly appDatabaseUrl: string;
  /** False only when printing the schema: nothing connects. */
  readonly connect?: boolean;
  /** JSON unless the process serves a person at a terminal (`logFormatFor`). */
  readonly logFormat?: LogFormat;
}

/**
 * Composition only: which feature modules make up the process. The `api` role serves GraphQL and the
 * built web; the `worker` role runs background work; `all` (local use) does both on one port.
 */
@Module({})
export class AppModule {
  static forRoot({ config, runtime, appDatabaseUrl, connect = true, logFormat = 'json' }: AppModuleOptions): DynamicModule {
    const servesApi = config.role !== 'worker';
    // Not when nothing connects (printing the schema): the worker would poll a database that is not there.
    const runsWorker = config.role !== 'api' && connect;
    const serveWeb =
      servesApi && config.webDistDir !== undefined && existsSync(config.webDistDir)
        ? [
            ServeStaticModule.forRoot({
              rootPath: config.webDistDir,
              exclude: ['/graphql{/*path}', '/health{/*path}'],
              serveStaticOptions: webStaticOptions(config.webDistDir),
            }),
          ]
        : [];
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config, runtime),
        LoggingModule.forRoot(config.logLevel, logFormat),
        DatabaseModule.forRoot({ appUrl: appDatabaseUrl, entities: ENTITIES, connect }),
        ...(servesApi ? [GraphqlApiModule.forRoot({ production: config.production })] : []),
        RequestModule,
        SecurityHeadersModule,
        CompressionModule,
        HealthModule,
        AuthModule,
        OrganisationsModule,
        PeopleModule,
        ...(runsWorker ? [OutboxWorkerModule, InvitationExpiryModule] : []),
        PartnershipsModule,
        TrainingModule,
        OperationsModule,
        InvitationsModule,
        ...serveWeb,
      ],
      providers: [
        // Inputs are checked at the edge: no NUL character in any text, and unknown fields are refused, not ignored.
        { provide: APP_PIPE, useClass: NulCharacterPipe },
        { provide: APP_PIPE, useValue: new InputValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }) },
        ...(servesApi ? [ServiceInfoResolver] : []),
      ],
    };
  }
}
