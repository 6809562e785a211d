export declare const firstLoadBudgetBytes: number;
export declare function measureFirstLoad(buildDir: string): Promise<{
  files: { file: string; rawBytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
}>;
