/// <reference lib="dom" />
import { ElementBase } from "./element-base";

/**
 * A form-associated custom element (ElementInternals): the form, validity and
 * `checkValidity` / `reportValidity` a native control has. Subclasses set the value and
 * the validity through `internals`.
 */
export class FormAssociatedElement extends ElementBase {
  static formAssociated = true;

  /** The element's internals (undefined outside a browser). */
  protected readonly internals: ElementInternals | undefined =
    typeof this.attachInternals === "function" ? this.attachInternals() : undefined;

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }
  /** Whether every required item has an answer. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }
  /** Like `checkValidity`, and shows the browser's message when invalid. */
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }
  /** `valueMissing` while a required item has no answer. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }
  /** Why the element is invalid, in its locale ("" when valid). */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? "";
  }
}
