import type { StorybookConfig } from "@storybook/web-components-vite";
import { defaultClientConditions } from "vite";

// Storybook for <psy-screening> (`npm run storybook:build` at the root → storybook-static/).
// The stories import the element from its TypeScript source, like the tests: no build first.
const config: StorybookConfig = {
  stories: ["../stories/*.stories.ts"],
  framework: { name: "@storybook/web-components-vite", options: {} },
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({
    ...vite,
    resolve: {
      ...vite.resolve,
      conditions: ["@psyscreen/source", ...defaultClientConditions],
    },
    // SurveyJS and React make one large chunk; that is the widget's real size, not a mistake.
    build: { ...vite.build, chunkSizeWarningLimit: 4096 },
  }),
};

export default config;
