// Generates custom-elements.json from the JSDoc on <psy-screening> (run by `npm run build`
// and `npm run generate`); Storybook, editors and the docs read it.

/** Keeps the public API only: no private or protected members, no event guessed from `#emit`. */
const publicApiOnly = {
  name: "psyscreen-public-api-only",
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.kind !== "class") continue;
        decl.members = decl.members?.filter(
          (m) => m.privacy === undefined || m.privacy === "public",
        );
        decl.events = decl.events?.filter((e) => e.description !== undefined);
      }
    }
  },
};

export default {
  globs: ["src/psy-screening.ts", "src/form-associated-element.ts", "src/define.ts"],
  outdir: ".",
  // package.json names the file itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly],
};
