/** SurveyJS localizable text: `default` is English, other keys are SurveyJS locale codes. */
export type SurveyText = { default: string } & Record<string, string>;

/** One choice of a radio group. */
export interface SurveyChoice {
  value: number;
  text: SurveyText;
}

/** A question of the generated questionnaire: one psyscreen item. */
export interface SurveyQuestionJson {
  type: "radiogroup" | "text";
  /** The item id; SurveyJS data is keyed by it. */
  name: string;
  title: SurveyText;
  isRequired: boolean;
  requiredErrorText: SurveyText;
  choices?: SurveyChoice[];
  inputType?: "number";
  min?: number;
  max?: number;
  step?: number;
}

/** The SurveyJS (survey-core 3) JSON `toSurveyModel` returns; pass it to `new Model(json)`. */
export interface SurveyJson {
  title: SurveyText;
  description?: SurveyText;
  locale: string;
  showProgressBar: boolean;
  progressBarLocation: "top";
  progressBarType: "questions";
  questionsOnPageMode: "standard" | "questionPerPage";
  showQuestionNumbers: "on";
  completeText: SurveyText;
  completedHtml: SurveyText;
  readOnly: boolean;
  pages: {
    name: string;
    title?: SurveyText;
    description?: SurveyText;
    elements: SurveyQuestionJson[];
  }[];
}
