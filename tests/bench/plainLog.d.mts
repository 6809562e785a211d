export declare function seedPlainDatabase(total: number): Promise<void>;
