export declare function startServer(options: { root: string; port?: number; host?: string; securityHeaders?: boolean }): Promise<{
  url: string;
  setRoot(root: string): void;
  close(): Promise<void>;
}>;
