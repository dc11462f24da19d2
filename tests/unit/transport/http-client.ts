import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (fetch would not let us set a hostile Host header). */
export function rawRequest(options: { port: number; method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  const headers: Record<string, string> = { connection: 'close', ...options.headers };
  // An empty Host means "send no Host header at all".
  const setHost = headers.host !== '';
  if (!setHost) delete headers.host;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: options.port, method: options.method ?? 'POST', path: options.path, headers, setHost },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** What our page sends: the server's own Host and Origin. */
export function ownOrigin(port: number): Record<string, string> {
  return { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` };
}

/** Exchanges the server's one-time token for the session cookie, as the page does; returns the headers of a signed-in page. */
export async function signIn(server: { port: number; token: string }): Promise<Record<string, string>> {
  const response = await rawRequest({ port: server.port, path: '/session', headers: { ...ownOrigin(server.port), 'content-type': 'application/json' }, body: JSON.stringify({ token: server.token }) });
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0];
  if (response.status !== 204 || !cookie) throw new Error(`accesso non riuscito: HTTP ${response.status} ${response.body}`);
  return { ...ownOrigin(server.port), cookie };
}
