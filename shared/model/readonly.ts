/**
 * A value that cannot be changed anywhere inside: meetings and bodies are never changed in place (a new object for
 * whatever changes), which the storage's caches and React's renders rely on; this makes the compiler check it.
 */
export type DeepReadonly<T> = T extends readonly (infer Element)[]
  ? readonly DeepReadonly<Element>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;
