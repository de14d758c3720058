import { NestFactory, DiscoveryService, MetadataScanner, DiscoveryModule } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_POLICY, loadConfig } from '@liaise/api-core';
import { AppModule } from '../src/app.module.js';

// @nestjs/graphql's own metadata keys: which root type and field a resolver method serves.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

@Module({ imports: [DiscoveryModule] })
class Discovery {}

describe('the access layer', () => {
  it('has a declared policy on every root field of the schema', async () => {
    const app = await NestFactory.create(
      {
        module: class Root {},
        imports: [
          AppModule.forRoot({
            config: loadConfig({}, []),
            runtime: { demoMode: false, embeddedDatabase: false, version: 'test' },
            appDatabaseUrl: 'postgres://nobody@127.0.0.1:1/none',
            connect: false,
          }),
          Discovery,
        ],
      },
      { logger: false, abortOnError: false },
    );
    await app.init();
    try {
      const schema = app.get(GraphQLSchemaHost).schema;
      const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
        type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
      );

      const declared = new Map<string, boolean>();
      const scanner = app.get(MetadataScanner);
      for (const wrapper of app.get(DiscoveryService).getProviders()) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || typeof instance !== 'object') continue;
        const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
        for (const methodName of scanner.getAllMethodNames(prototype)) {
          const method = prototype[methodName] as object;
          const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
          if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
          const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? methodName;
          const policy = Reflect.getMetadata(ACCESS_POLICY, method) ?? Reflect.getMetadata(ACCESS_POLICY, instance.constructor);
          declared.set(`${type}.${name}`, policy !== undefined);
        }
      }

      const missing = rootFields.filter((field) => declared.get(field) !== true);
      console.log(`access layer: ${rootFields.length} root fields, every one with a declared policy`);
      expect(rootFields.length).toBeGreaterThan(3);
      expect(missing).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
