/// <reference lib="dom" />
import { PsyScreening } from "./psy-screening";
import type { ScreeningEventMap } from "./screening-events";

/**
 * Registers `<psy-screening>` (once; a second import is a no-op). This module is the
 * package's only side effect: `import "@psyscreen/elements/define"`.
 */
if (typeof customElements !== "undefined" && customElements.get("psy-screening") === undefined) {
  customElements.define("psy-screening", PsyScreening);
}

export { PsyScreening };

declare global {
  interface HTMLElementTagNameMap {
    "psy-screening": PsyScreening;
  }
  interface HTMLElementEventMap extends ScreeningEventMap {}
}
