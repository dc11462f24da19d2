import { request, type ClientRequest, type IncomingMessage } from 'node:http';

export interface SseMessage {
  event: string;
  data: string;
}

/**
 * A server-sent events reader over node:http (Node 20 has no EventSource): GET the path with the given headers,
 * then every complete message in order. `next` waits for the next message not read yet.
 */
export interface SseStream {
  status: number;
  headers: IncomingMessage['headers'];
  /** The comment lines seen so far (": keep-alive"). */
  comments: string[];
  next(): Promise<SseMessage>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export function openSse(port: number, path: string, headers: Record<string, string>): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const messages: SseMessage[] = [];
    const waiting: ((message: SseMessage) => void)[] = [];
    const comments: string[] = [];
    const req: ClientRequest = request({ host: '127.0.0.1', port, method: 'GET', path, headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      let buffer = '';
      let endedResolve: () => void = () => {};
      const ended = new Promise<void>((done) => (endedResolve = done));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message: SseMessage = { event: 'message', data: '' };
          let hasData = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('event:')) message.event = line.slice(6).trim();
            else if (line.startsWith('data:')) {
              message.data += (hasData ? '\n' : '') + line.slice(5).trim();
              hasData = true;
            }
          }
          if (!hasData) continue;
          const waiter = waiting.shift();
          if (waiter) waiter(message);
          else messages.push(message);
        }
      });
      res.on('end', () => endedResolve());
      res.on('close', () => endedResolve());
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        comments,
        next: () => {
          const ready = messages.shift();
          return ready ? Promise.resolve(ready) : new Promise((got) => waiting.push(got));
        },
        ended,
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}
