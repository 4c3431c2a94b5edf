// Serves createApp() on a free loopback port for a test; returns its base URL and a close function.
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from '../../server/app.ts';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(deps: AppDeps): Promise<TestServer> {
  const app = createApp(deps);
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
