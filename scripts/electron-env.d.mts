export declare const projectRoot: string
export declare function electronVersion(): string | null
export declare function electronBinary(): string | null
export declare function electronNativeBindingPath(version?: string | null): string
