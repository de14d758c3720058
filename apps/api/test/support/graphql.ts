/** One error of a GraphQL answer, with what the api puts in its extensions. */
export interface GqlError {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly field?: string };
}

/** A GraphQL answer as it comes over HTTP. */
export interface GqlResult<T> {
  readonly data?: T | null;
  readonly errors?: GqlError[];
}

/** The code of the answer's first error (undefined when it has none). */
export const errorCode = (result: GqlResult<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;

/** The input field the answer's first error is about. */
export const errorField = (result: GqlResult<unknown>): string | undefined => result.errors?.[0]?.extensions?.field;

/** The message of the answer's first error ('' when it has none). */
export const errorMessage = (result: GqlResult<unknown>): string => result.errors?.[0]?.message ?? '';
