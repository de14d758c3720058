import type { IncomingMessage } from 'node:http';
import { isSameOrigin, MAX_SOCKET_OPERATION_LENGTH, socketOperationRefusal } from './subscriptions.js';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('a WebSocket upgrade', () => {
  it.each([
    [{ host: 'liaise.example' }, true],
    [{ host: 'liaise.example', origin: 'https://liaise.example' }, true],
    [{ host: 'localhost:5173', origin: 'http://localhost:5173' }, true],
    [{ host: 'api.internal:3000', origin: 'https://liaise.example' }, true],
    [{ host: 'liaise.example', origin: 'https://evil.example' }, false],
    [{ host: 'liaise.example', origin: 'https://liaise.example.evil.example' }, false],
    [{ host: 'liaise.example', origin: 'null' }, false],
  ])('with headers %j is same-origin: %s', (headers, expected) => {
    expect(isSameOrigin(request(headers), 'https://liaise.example')).toBe(expected);
  });
});

describe('an operation sent over the socket', () => {
  it('goes ahead when it is a subscription', () => {
    expect(socketOperationRefusal('subscription { notificationReceived { id } }')).toBeUndefined();
    expect(socketOperationRefusal('subscription S { notificationReceived { id } } query Q { a }', 'S')).toBeUndefined();
  });

  it('is refused as a parse failure, as over HTTP, when it does not parse or has too many tokens', () => {
    for (const query of ['this is not { graphql', '{', `subscription { notificationReceived { ${'id '.repeat(3000)} } }`]) {
      expect(socketOperationRefusal(query)?.extensions['code']).toBe('GRAPHQL_PARSE_FAILED');
    }
    expect(socketOperationRefusal('{')?.message).toMatch(/^Syntax Error/);
  });

  it('is refused when it is a query or a mutation, or too long', () => {
    expect(socketOperationRefusal('{ viewer { user { email } } }')?.message).toMatch(/Only subscriptions/);
    expect(socketOperationRefusal('mutation { markAllNotificationsRead }')?.message).toMatch(/Only subscriptions/);
    expect(socketOperationRefusal(`subscription { notificationReceived { id ${' '.repeat(MAX_SOCKET_OPERATION_LENGTH)} } }`)?.message).toMatch(/too long/);
  });
});
