/**
 * A translation of a namespace's English text: only the words translated so far, under the English keys
 * (a misspelt key fails the build). i18next falls back to English for the rest (`fallbackLng: 'en'`).
 */
export type Translation<T> = { readonly [K in keyof T]?: T[K] extends string ? string : Translation<T[K]> };
