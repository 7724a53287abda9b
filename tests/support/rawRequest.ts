/** One raw HTTP/1.1 request line over a plain socket, for request lines no HTTP client would send. */
import { connect } from "node:net";

/** Sends `line` (e.g. `GET /%zz HTTP/1.1`); resolves with the whole answer once the server closes. */
export function rawRequest(url: string, line: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.end(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk;
    });
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}
