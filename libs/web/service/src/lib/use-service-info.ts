import type { ErrorLike } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql, type ServiceInfoQuery } from '@liaise/web-graphql';

export const SERVICE_INFO_QUERY = graphql(`
  query ServiceInfo {
    serviceInfo {
      name
      demoMode
      version
    }
  }
`);

export type ServiceInfo = ServiceInfoQuery['serviceInfo'];

export interface ServiceInfoResult {
  /** Undefined while loading, and when the api could not be reached. */
  readonly serviceInfo: ServiceInfo | undefined;
  readonly loading: boolean;
  readonly error: ErrorLike | undefined;
}

/**
 * What the api says about this instance: its name, whether it runs on demo data, its version. Pages render
 * without it: callers treat `undefined` as "not known" (no demo banner, no version).
 */
export function useServiceInfo(): ServiceInfoResult {
  const { data, loading, error } = useQuery(SERVICE_INFO_QUERY);
  return { serviceInfo: data?.serviceInfo, loading, error };
}
