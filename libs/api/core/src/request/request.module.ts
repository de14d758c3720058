import { Global, Module } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';
import { Clock, SystemClock } from '../time/clock.js';
import { RequestTransactionPlugin } from './request-transaction.plugin.js';
import { TransactionHost } from './transaction-host.js';

/** Per-request state (AsyncLocalStorage) and the one transaction each GraphQL request runs in. */
@Global()
@Module({
  imports: [ClsModule.forRoot({ global: true, middleware: { mount: true } })],
  providers: [TransactionHost, RequestTransactionPlugin, { provide: Clock, useClass: SystemClock }],
  exports: [TransactionHost, Clock],
})
export class RequestModule {}
