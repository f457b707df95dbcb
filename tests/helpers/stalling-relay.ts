import { connect, createServer, type Socket } from 'node:net';
import { freePort } from './dovecot.js';

/**
 * A TCP relay in front of a server that goes silent, as a broken server or network does, on the
 * connection where `marker` passes from the server: from that byte on nothing more reaches the
 * client, and the socket stays open (issue 27 item 2: a message whose download never ends).
 */
export async function stallingRelay(target: number, marker: string) {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let stalls = 0;
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        (socket === client ? upstream : client).destroy();
      });
    }
    let silent = false;
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (silent) return;
      const at = chunk.indexOf(marker);
      if (at < 0) {
        client.write(chunk);
        return;
      }
      silent = true;
      stalls += 1;
      client.write(chunk.subarray(0, at));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    /** How many connections went silent so far. */
    stalls: () => stalls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
