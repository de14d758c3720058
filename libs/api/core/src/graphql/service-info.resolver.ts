import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { Public } from '../access/access-policy.js';
import { RUNTIME_INFO, type RuntimeInfo } from '../config/runtime-info.js';

@ObjectType({ description: 'What the web shows before anyone signs in.' })
export class ServiceInfo {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'True when this instance runs on demo data: the web shows a banner.' })
  demoMode!: boolean;

  @Field(() => String)
  version!: string;
}

@Resolver(() => ServiceInfo)
export class ServiceInfoResolver {
  constructor(@Inject(RUNTIME_INFO) private readonly runtime: RuntimeInfo) {}

  @Public()
  @Query(() => ServiceInfo)
  serviceInfo(): ServiceInfo {
    return { name: SERVICE_NAME, demoMode: this.runtime.demoMode, version: this.runtime.version };
  }
}
