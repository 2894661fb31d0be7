/** The shape a translation module is written in: any of English's strings, none beyond them. */

/** `T` with every key optional, however deep; a function or a text is one string to translate. */
export type Partly<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]?: Partly<T[K]> } : T;
