import { ApolloClient, ApolloLink, CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { createSessionEndedLink, HANDLES_SESSION_END, isSessionEndedError, signInAgain, type SignInRouter } from './session-ended.js';
import { signInNoticeOf } from './sign-in-notice.js';
import { SIGN_OUT_EVERYWHERE_MUTATION, SIGN_OUT_MUTATION } from './use-sign-out.js';
import { VIEWER_QUERY } from './use-viewer.js';

function fakeRouter(pathname: string, search = '', hash = '') {
  const calls: { to: string; state: unknown; flushSync: boolean }[] = [];
  const events: string[] = [];
  const router: SignInRouter = {
    state: { location: { pathname, search, hash } },
    navigate: async (to, options) => {
      calls.push({ to, ...options });
      events.push('navigate');
    },
  };
  return { router, calls, events };
}

function fakeClient(events: string[]) {
  const written: unknown[] = [];
  return {
    written,
    client: {
      resetStore: async () => {
        events.push('resetStore');
        return null;
      },
      writeQuery: (options: { query: unknown; data: unknown }) => {
        events.push('writeQuery');
        expect(options.query).toBe(VIEWER_QUERY);
        written.push(options.data);
        return undefined;
      },
    },
  };
}

describe('isSessionEndedError', () => {
  it('recognises the api saying UNAUTHENTICATED, and nothing else', () => {
    const ended = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }] });
    const refused = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    expect(isSessionEndedError(ended)).toBe(true);
    expect(isSessionEndedError(refused)).toBe(false);
    expect(isSessionEndedError(new Error('UNAUTHENTICATED'))).toBe(false);
  });
});

describe('signInAgain', () => {
  it('goes to the sign-in page with the page to come back to and the message, then forgets the person', async () => {
    const { router, calls, events } = fakeRouter('/account', '?x=1', '#part');
    const { client, written } = fakeClient(events);

    await signInAgain(router, client);

    expect(calls).toEqual([{ to: '/sign-in?returnTo=%2Faccount%3Fx%3D1%23part', state: { signInNotice: 'sessionEnded' }, flushSync: true }]);
    expect(signInNoticeOf(calls[0]?.state)).toBe('sessionEnded');
    // Navigation first: a protected page must not see "no one signed in" while it is still shown.
    expect(events).toEqual(['navigate', 'writeQuery', 'resetStore', 'writeQuery']);
    expect(written).toEqual([{ viewer: null }, { viewer: null }]);
  });

  it('stays on the sign-in page when already there', async () => {
    const { router, calls, events } = fakeRouter('/sign-in', '?returnTo=%2Fhome');
    const { client } = fakeClient(events);
    await signInAgain(router, client);
    expect(calls).toEqual([]);
    expect(events).toEqual(['writeQuery', 'resetStore', 'writeQuery']);
  });
});

describe('createSessionEndedLink', () => {
  function clientAnswering(code: string, onSessionEnded: (client: ApolloClient) => Promise<void>): ApolloClient {
    const api = new ApolloLink(() => of({ data: null, errors: [{ message: 'refused', extensions: { code } }] }));
    return new ApolloClient({ link: ApolloLink.from([createSessionEndedLink(onSessionEnded), api]), cache: new InMemoryCache() });
  }

  it('calls the handler with the client when the api says the session has ended; the query still fails', async () => {
    const handled: ApolloClient[] = [];
    const client = clientAnswering('UNAUTHENTICATED', async (apollo) => {
      handled.push(apollo);
    });
    await expect(client.query({ query: VIEWER_QUERY })).rejects.toThrow('refused');
    expect(handled).toEqual([client]);
  });

  it('leaves other errors alone, and operations that deal with an ended session themselves', async () => {
    let calls = 0;
    const handler = async () => {
      calls += 1;
    };
    await expect(clientAnswering('NOT_FOUND', handler).query({ query: VIEWER_QUERY })).rejects.toThrow();
    await expect(
      clientAnswering('UNAUTHENTICATED', handler).mutate({ mutation: SIGN_OUT_MUTATION, context: { [HANDLES_SESSION_END]: true } }),
    ).rejects.toThrow();
    expect(calls).toBe(0);
  });

  it('runs the handler once for a burst of refusals', async () => {
    let calls = 0;
    let finish: () => void = () => undefined;
    const client = clientAnswering('UNAUTHENTICATED', () => {
      calls += 1;
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    await Promise.allSettled([
      client.query({ query: VIEWER_QUERY, fetchPolicy: 'network-only' }),
      client.mutate({ mutation: SIGN_OUT_EVERYWHERE_MUTATION }),
    ]);
    expect(calls).toBe(1);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await client.query({ query: VIEWER_QUERY, fetchPolicy: 'network-only' }).catch(() => undefined);
    expect(calls).toBe(2);
  });
});

describe('signInAgain from a step of signing in', () => {
  it('goes back to the first step, keeping where the person was going', async () => {
    const { router, calls, events } = fakeRouter('/sign-in/code', '?returnTo=%2Faccount');
    const { client } = fakeClient(events);
    await signInAgain(router, client);
    expect(calls.map((call) => call.to)).toEqual(['/sign-in?returnTo=%2Faccount']);
  });
});
