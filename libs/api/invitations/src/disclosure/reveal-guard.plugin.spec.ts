import type { GraphqlContext } from '@liaise/api-core';
import { markRevealed, RevealGuardPlugin } from './reveal-guard.plugin.js';

type Body = { kind: 'single'; singleResult: { data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] } };

async function send(revealed: boolean, singleResult: Body['singleResult']) {
  const context = { req: {}, res: {} } as unknown as GraphqlContext;
  if (revealed) markRevealed(context);
  const listener = await new RevealGuardPlugin().requestDidStart();
  const response = { body: { kind: 'single', singleResult } as Body };
  await listener.willSendResponse?.({ contextValue: context, response, errors: undefined } as never);
  return JSON.parse(JSON.stringify(response.body.singleResult)) as Body['singleResult'];
}

describe('RevealGuardPlugin', () => {
  const data = { a: { operation: { disclosure: { addresses: ['1 Secret Street'] } } }, b: null };
  const failure = [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }];

  it('withholds the whole answer of a request that revealed details and failed', async () => {
    const sent = await send(true, { data, errors: failure });
    expect(sent.data).toBeUndefined();
    expect(sent.errors?.map((e) => e.extensions?.['code'])).toEqual(['NOT_FOUND', 'NOT_SHOWN']);
    expect(JSON.stringify(sent)).not.toContain('Secret Street');
  });

  it('leaves alone a request that revealed details and succeeded', async () => {
    expect(await send(true, { data })).toEqual({ data });
  });

  it('leaves alone a failed request that revealed nothing', async () => {
    expect(await send(false, { data, errors: failure })).toEqual({ data, errors: failure });
  });
});
