/// <reference lib="dom" />
import {
  type Answers,
  isSafetyFlag,
  type Locale,
  type PartialLocalizedText,
  type ScaleDefinition,
  type ScaleResult,
  scoreResponse,
  validateScale,
} from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";
import {
  answersFromSurvey,
  answersToSurveyData,
  attachScreening,
  type ItemAnswers,
  type ScreeningState,
  toSurveyLocale,
  toSurveyModel,
  UI_STRINGS,
} from "@psyscreen/survey";
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { Model, type SurveyModel } from "survey-core";
import DefaultDark from "survey-core/themes/default-dark";
import DefaultLight from "survey-core/themes/default-light";
import { Survey } from "survey-react-ui";
import { FormAssociatedElement } from "./form-associated-element";
import { syncFormValue } from "./form-value";
import { clearProgress, loadProgress, progressKey, saveProgress } from "./saved-progress";
import type { ScreeningEventDetails } from "./screening-events";
import { buildShadow } from "./shadow-parts";

/**
 * `<psy-screening>`: a psyscreen scale as a questionnaire, scored as it is answered.
 * SurveyJS renders it with React inside the element's shadow root.
 *
 * @tagname psy-screening
 * @attr scale - id of a scale in `@psyscreen/scales`, e.g. `phq-9` (or set `definition`)
 * @attr lang - `en` (default) or `zh-CN`; switching it switches the questionnaire live
 * @attr readonly - review mode: answers shown, nothing can change
 * @attr one-per-page - one question at a time (phones)
 * @attr theme - `light` (default) or `dark`
 * @attr persist - `local`: keep progress in localStorage, cleared on completion
 * @attr persist-key - the localStorage key (default `psyscreen:<scale id>`)
 * @attr name - the form field name the answers are submitted under (JSON)
 *
 * @fires {CustomEvent<ScreeningState>} psy-change - any answer changed; detail `{ answers, result }`
 * @fires {CustomEvent<ScreeningProgress>} psy-progress - progress after an answer; detail `{ answered, total, ratio }`
 * @fires {CustomEvent<ScreeningFlag>} psy-flag - a critical or acute flag became true, before completion; detail `{ flag, answers, result }`
 * @fires {CustomEvent<ScreeningState>} psy-complete - completed; detail `{ answers, result }`
 *
 * @slot help - the host's crisis resources (hotline, whom to tell); shown when a critical
 *   or acute flag fires, empty by default
 *
 * @csspart base - the wrapper around help and questionnaire
 * @csspart help - the help box (hidden until a critical or acute flag fires)
 * @csspart help-heading - the help box's heading
 * @csspart survey - the SurveyJS questionnaire's container
 *
 * @cssprop --psy-font-family - questionnaire font
 * @cssprop --psy-color-primary - accent colour (selected answers, buttons)
 * @cssprop --psy-border-radius - corner radius of the wrapper and help box
 * @cssprop --psy-help-background - help box background
 * @cssprop --psy-help-border - help box border colour
 * @cssprop --psy-help-color - help box text colour
 */
export class PsyScreening extends FormAssociatedElement {
  static observedAttributes = ["scale", "lang", "readonly", "one-per-page", "theme", "persist"];

  #definition: ScaleDefinition | undefined;
  #itemText: Readonly<Record<string, PartialLocalizedText>> | undefined;
  #pending: Answers | undefined;
  #model: SurveyModel | undefined;
  #modelDefinition: ScaleDefinition | undefined;
  #root: Root | undefined;
  #detach: (() => void) | undefined;
  #state: ScreeningState | undefined;
  readonly #help: HTMLElement;
  readonly #helpHeading: HTMLElement;
  readonly #mount: HTMLElement;
  readonly #base: HTMLElement;

  constructor() {
    super();
    const parts = buildShadow(this.attachShadow({ mode: "open" }));
    this.#base = parts.base;
    this.#help = parts.help;
    this.#helpHeading = parts.helpHeading;
    this.#mount = parts.survey;
  }

  /** A custom scale definition; wins over the `scale` attribute. */
  get definition(): ScaleDefinition | undefined {
    return this.#definition ?? this.#modelDefinition;
  }
  set definition(value: ScaleDefinition | undefined) {
    this.#definition = value;
    if (this.isConnected) this.#render();
  }

  /**
   * Licensed item wording the host supplies, item id → `{ en, "zh-CN" }`, for scales that
   * ship without it (ASQ, DASS-21, PHQ-A, RSES: `licence.embedText: false`).
   */
  get itemText(): Readonly<Record<string, PartialLocalizedText>> | undefined {
    return this.#itemText;
  }
  set itemText(value: Readonly<Record<string, PartialLocalizedText>> | undefined) {
    this.#itemText = value;
    if (this.isConnected) {
      this.#pending = this.answers;
      this.#render();
    }
  }

  /** The answers so far (item id → number, `null` skipped); set it to resume or review. */
  get answers(): ItemAnswers {
    if (this.#model !== undefined && this.#modelDefinition !== undefined) {
      return answersFromSurvey(this.#model, this.#modelDefinition);
    }
    return { ...(this.#pending as ItemAnswers | undefined) };
  }
  set answers(value: Answers) {
    this.#pending = value;
    if (this.#model !== undefined) {
      this.#model.data = answersToSurveyData(value);
      this.#update();
    }
  }

  /** The scored result of the answers so far, or undefined before a scale is shown. */
  get result(): ScaleResult | undefined {
    return this.#state?.result;
  }

  /** The locale shown: `zh-CN` when `lang` starts with `zh`, else `en`. */
  get locale(): Locale {
    return /^zh/i.test(this.getAttribute("lang") ?? "") ? "zh-CN" : "en";
  }

  /** Review mode (the `readonly` attribute). */
  get readOnly(): boolean {
    return this.hasAttribute("readonly");
  }
  set readOnly(value: boolean) {
    this.toggleAttribute("readonly", value);
  }

  connectedCallback(): void {
    if (this.#model === undefined) this.#render();
  }

  disconnectedCallback(): void {
    // Moving the element fires disconnect then connect: tear down only if it stays out.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || this.#model === undefined) return;
    if (name === "lang") {
      this.#model.locale = toSurveyLocale(this.locale);
      this.#localizeChrome();
      this.#update();
    } else if (name === "readonly") {
      this.#model.readOnly = this.readOnly;
    } else if (name === "theme") {
      this.#model.applyTheme(this.#theme());
    } else {
      // A different scale starts empty; a layout or storage change keeps the answers.
      this.#pending = name === "scale" ? undefined : this.answers;
      this.#render();
    }
  }

  formResetCallback(): void {
    this.#pending = undefined;
    clearProgress(this.#storageKey());
    this.#help.hidden = true;
    this.#render();
  }

  formDisabledCallback(disabled: boolean): void {
    if (this.#model !== undefined) this.#model.readOnly = disabled || this.readOnly;
  }

  #render(): void {
    this.#teardown();
    const id = this.getAttribute("scale");
    const given = this.#definition ?? (id ? getScale(id) : undefined);
    if (given === undefined) return;
    // Validated once here, so defaults (e.g. `required`) are filled in for every reader.
    const checked = validateScale(given);
    if (!checked.success) {
      throw new Error("<psy-screening> requires a valid scale definition", {
        cause: checked.issues,
      });
    }
    const definition = checked.data;
    const model = new Model(
      toSurveyModel(definition, {
        locale: this.locale,
        onePerPage: this.hasAttribute("one-per-page"),
        readOnly: this.readOnly,
        ...(this.#itemText !== undefined && { itemText: this.#itemText }),
      }),
    );
    model.applyTheme(this.#theme());
    const resume = this.#pending ?? loadProgress(this.#storageKey());
    if (resume !== undefined) model.data = answersToSurveyData(resume);
    this.#model = model;
    this.#modelDefinition = definition;
    this.#detach = attachScreening(model, definition, {
      onChange: (state) => {
        this.#state = state;
        saveProgress(this.#storageKey(), state.answers);
        this.#syncForm(state);
        this.#emit("psy-change", state);
      },
      onProgress: (progress) => this.#emit("psy-progress", progress),
      onFlag: (event) => {
        this.#help.hidden = false;
        this.#emit("psy-flag", event);
      },
      onComplete: (state) => {
        this.#state = state;
        clearProgress(this.#storageKey());
        this.#syncForm(state);
        this.#emit("psy-complete", state);
      },
    });
    this.#localizeChrome();
    this.#update();
    this.#root = createRoot(this.#mount);
    this.#root.render(createElement(Survey, { model }));
  }

  #teardown(): void {
    this.#detach?.();
    this.#detach = undefined;
    this.#root?.unmount();
    this.#root = undefined;
    this.#model?.dispose();
    this.#model = undefined;
  }

  #theme() {
    return this.getAttribute("theme") === "dark" ? DefaultDark : DefaultLight;
  }

  /** Re-scores the current answers (after a resume or a locale switch). */
  #update(): void {
    if (this.#model === undefined || this.#modelDefinition === undefined) return;
    const answers = answersFromSurvey(this.#model, this.#modelDefinition);
    this.#state = {
      answers,
      result: scoreResponse(this.#modelDefinition, answers, { locale: this.locale }),
    };
    this.#syncForm(this.#state);
    if (this.#state.result.flags.some((f) => isSafetyFlag(f.kind))) {
      this.#help.hidden = false;
    }
  }

  #localizeChrome(): void {
    this.#helpHeading.textContent = UI_STRINGS[this.locale].helpHeading;
    this.#base.setAttribute("aria-label", UI_STRINGS[this.locale].regionLabel);
  }

  #syncForm({ answers }: ScreeningState): void {
    if (this.internals === undefined || this.#modelDefinition === undefined) return;
    syncFormValue(this.internals, this.#modelDefinition, this.#model, this.locale, answers);
  }

  #emit<K extends keyof ScreeningEventDetails>(type: K, detail: ScreeningEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #storageKey(): string | undefined {
    return progressKey(this, this.#definition?.id ?? this.getAttribute("scale") ?? undefined);
  }
}
