// The self-contained file for a plain <script type="module">: React, SurveyJS and the
// styles inside, the element registered.
export { PsyScreening } from "./define";
export * from "./index";
