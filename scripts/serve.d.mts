export declare function startServer(options: { root: string; port?: number; host?: string }): Promise<{
  url: string;
  setRoot(root: string): void;
  close(): Promise<void>;
}>;
