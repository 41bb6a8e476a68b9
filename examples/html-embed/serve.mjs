// Serves this page and the built single-file bundle on http://127.0.0.1:8080.
// Run `npm run build` at the repository root first.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const files = {
  "/": ["text/html", new URL("./index.html", import.meta.url)],
  "/index.html": ["text/html", new URL("./index.html", import.meta.url)],
  "/psy-screening.min.js": [
    "text/javascript",
    new URL("../../packages/elements/dist/psy-screening.min.js", import.meta.url),
  ],
};
const port = Number(process.env.PORT ?? 8080);
createServer((req, res) => {
  const file = files[(req.url ?? "/").split("?")[0]];
  if (file === undefined) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": `${file[0]}; charset=utf-8` }).end(readFileSync(file[1]));
}).listen(port, "127.0.0.1", () => console.log(`http://127.0.0.1:${port}/`));
