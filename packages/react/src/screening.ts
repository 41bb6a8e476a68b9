import {
  type Answers,
  type Locale,
  type PartialLocalizedText,
  type ScaleDefinition,
  validateScale,
} from "@psyscreen/core";
import { getScale } from "@psyscreen/scales";
import {
  answersToSurveyData,
  attachScreening,
  type ScreeningFlag,
  type ScreeningProgress,
  type ScreeningState,
  toSurveyLocale,
  toSurveyModel,
} from "@psyscreen/survey";
import { createElement, type ReactElement, useEffect, useMemo, useRef } from "react";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";

/** Props of `<Screening>`. */
export interface ScreeningProps {
  /** A scale definition, or the id of a scale in `@psyscreen/scales` (e.g. `"phq-9"`). */
  scale: ScaleDefinition | string;
  /** `en` (default) or `zh-CN`; changing it switches the questionnaire live. */
  locale?: Locale;
  /** Answers to start from (resume, or review with `readOnly`); read on mount. */
  initialAnswers?: Answers;
  /** Review mode: answers shown, nothing can change. */
  readOnly?: boolean;
  /** One question at a time (phones). */
  onePerPage?: boolean;
  /**
   * The licensed wording of a scoring-only scale (ASQ, DASS-21, RSES …), keyed by item id
   * and locale, as a host that holds the licence supplies it; read with the scale.
   */
  itemText?: Readonly<Record<string, PartialLocalizedText>>;
  /** Completed: the answers and their `scoreResponse` result. */
  onComplete?(state: ScreeningState): void;
  /** A critical or acute flag became true — at once, before completion. */
  onFlag?(event: ScreeningFlag): void;
  /** Progress after each answer. */
  onProgress?(progress: ScreeningProgress): void;
  /** Any answer changed: the answers so far and their result. */
  onChange?(state: ScreeningState): void;
}

/**
 * A psyscreen scale as a React questionnaire (survey-react-ui 3.0.0), scored as it is
 * answered.
 *
 * @param props - the scale, locale, callbacks, initial answers, read-only, licensed item text
 * @returns the questionnaire
 * @throws RangeError from `getScale` for an unknown scale id; Error "<Screening> requires a
 *   valid scale definition"; Error from `toSurveyModel` for a scale without item text
 * @example
 * <Screening scale="phq-9" locale="zh-CN" onFlag={({ flag }) => showHelp(flag)}
 *   onComplete={({ result }) => save(result)} />
 */
export function Screening(props: ScreeningProps): ReactElement {
  const { scale, locale = "en", readOnly = false, onePerPage = false, itemText } = props;
  const definition = useMemo(() => {
    if (typeof scale === "string") return getScale(scale);
    // Validated once here, so defaults (e.g. `required`) are filled in for every reader.
    const checked = validateScale(scale);
    if (!checked.success) {
      throw new Error("<Screening> requires a valid scale definition", { cause: checked.issues });
    }
    return checked.data;
  }, [scale]);
  const initial = useRef(props.initialAnswers);
  const model = useMemo(() => {
    const m = new Model(toSurveyModel(definition, { onePerPage, itemText }));
    if (initial.current !== undefined) m.data = answersToSurveyData(initial.current);
    return m;
  }, [definition, onePerPage, itemText]);
  // The latest callbacks, without re-attaching on every render.
  const latest = useRef(props);
  latest.current = props;
  useEffect(
    () =>
      attachScreening(model, definition, {
        onChange: (state) => latest.current.onChange?.(state),
        onProgress: (progress) => latest.current.onProgress?.(progress),
        onFlag: (event) => latest.current.onFlag?.(event),
        onComplete: (state) => latest.current.onComplete?.(state),
      }),
    [model, definition],
  );
  model.locale = toSurveyLocale(locale);
  model.readOnly = readOnly;
  return createElement(Survey, { model });
}
