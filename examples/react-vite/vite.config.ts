import { defaultClientConditions, defineConfig } from "vite";

// Inside this repository the @psyscreen packages resolve to their TypeScript source (the
// "@psyscreen/source" export condition), so `npm run dev` works from a clean clone without
// building them first. An app that installs @psyscreen/react from npm needs no such line.
export default defineConfig({
  resolve: { conditions: ["@psyscreen/source", ...defaultClientConditions] },
  // SurveyJS and React make one large chunk; that is the widget's real size.
  build: { chunkSizeWarningLimit: 4096 },
  server: { host: "127.0.0.1" },
});
