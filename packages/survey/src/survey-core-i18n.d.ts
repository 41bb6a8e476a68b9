// survey-core 3.0.0 ships its locale files without declarations.
declare module "survey-core/i18n/simplified-chinese" {
  export const simplifiedChineseSurveyStrings: Record<string, string>;
}
