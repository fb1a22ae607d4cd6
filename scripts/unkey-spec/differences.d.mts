/** Every difference between `spec`'s facts (Unkey's) and `ours` (the description's), one line each. */
export declare function differences(spec: unknown, ours: unknown, where?: string[]): string[];
