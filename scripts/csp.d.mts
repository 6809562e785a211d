export declare const contentSecurityPolicy: string;
export declare const headerOnlyDirectives: string;
