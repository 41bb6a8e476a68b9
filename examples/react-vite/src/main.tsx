import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "survey-core/survey-core.fontless.min.css"; // SurveyJS's styles, once per app
import { App } from "./app";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
