import { parseArgs } from "node:util";
import { buildApp } from "./build-app";
import { openPortal } from "./open-portal";

/**
 * `npm run demo`: opens (or seeds) the portal's SQLite file and serves the portal on
 * 127.0.0.1, printing its URL; Ctrl-C closes the server and the database.
 *   --port <n>   default 5173 (0: any free port)
 *   --reset      seed the file again
 *   --data <f>   default examples/school-portal/.data/portal.db
 */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "5173" },
    host: { type: "string", default: "127.0.0.1" },
    reset: { type: "boolean", default: false },
    data: { type: "string", default: new URL("../.data/portal.db", import.meta.url).pathname },
  },
});

const portal = await openPortal({ file: values.data, reset: values.reset });
const app = buildApp(portal);
let address: string;
try {
  address = await app.listen({ port: Number(values.port), host: values.host });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
  address = await app.listen({ port: 0, host: values.host }); // the port is taken: any free one
}
const students = portal.school.roster.students.length;
console.log(
  `${portal.seeded ? "Seeded" : "Reusing"} ${values.data} (synthetic school, ${students} students)\n` +
    `psyscreen demo school portal: ${address}/\n` +
    `  student page: ${address}/student    staff pages: ${address}/staff\n` +
    "Ctrl-C stops it.",
);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app
      .close()
      .then(() => portal.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  });
}
