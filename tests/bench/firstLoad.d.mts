export declare const firstLoadBudgetBytes: number;
export declare function measureFirstLoad(buildDir: string): Promise<{
  files: { file: string; rawBytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
}>;
export interface PathWeight {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
}
export declare function measureStartPaths(buildDir: string): Promise<{ lockScreen: PathWeight; timeline: PathWeight }>;
