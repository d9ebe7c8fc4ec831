// Sends bytes over a plain TCP socket and reads the status line of the answer, if any: fetch and node:http refuse the
// malformed requests a fuzz test must send (invalid escapes, control characters, broken framing).
import { connect } from 'node:net';

export interface RawAnswer {
  /** The HTTP status of the first answer, or null when the server closed the connection without one. */
  status: number | null;
  text: string;
}

export function sendRaw(baseUrl: string, payload: Buffer | string, timeoutMs = 3000): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const finish = () => {
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ status: status ? Number(status) : null, text });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // One answer is enough; the status line is all a fuzz test needs.
      if (Buffer.concat(chunks).includes('\r\n\r\n')) {
        clearTimeout(timer);
        setTimeout(finish, 50);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      finish();
    });
    socket.write(payload);
  });
}
