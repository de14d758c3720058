import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './app-config.js';
import { RUNTIME_INFO, type RuntimeInfo } from './runtime-info.js';

/** The validated configuration and runtime facts, available to every module. */
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig, runtime: RuntimeInfo): DynamicModule {
    return {
      module: AppConfigModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RUNTIME_INFO, useValue: runtime },
      ],
      exports: [APP_CONFIG, RUNTIME_INFO],
    };
  }
}
