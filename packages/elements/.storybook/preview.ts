import { type Preview, setCustomElementsManifest } from "@storybook/web-components-vite";
import manifest from "../custom-elements.json" with { type: "json" };
import "../src/define";

// Controls and the API table come from the generated custom-elements.json.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: { layout: "padded" },
};

export default preview;
