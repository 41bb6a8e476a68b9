import {
  type Locale,
  type ScaleResult,
  type ScreenFlag,
  Screening,
  scaleIds,
} from "@psyscreen/react";
import { useState } from "react";
import { ResultView } from "./result-view";
import { STRINGS } from "./strings";

/** The example: pick a scale and a language, answer it, see help at once and the result. */
export function App() {
  const [scale, setScale] = useState("phq-9");
  const [locale, setLocale] = useState<Locale>("en");
  const [flag, setFlag] = useState<ScreenFlag>();
  const [result, setResult] = useState<ScaleResult>();
  const [run, setRun] = useState(0);
  const t = STRINGS[locale];

  const restart = (nextScale = scale) => {
    setScale(nextScale);
    setFlag(undefined);
    setResult(undefined);
    setRun((n) => n + 1);
  };

  return (
    <main lang={locale} style={{ maxWidth: 860, margin: "0 auto", fontFamily: "system-ui" }}>
      <h1>{t.title}</h1>
      <p>
        <label>
          {t.scale}{" "}
          <select value={scale} onChange={(e) => restart(e.target.value)}>
            {scaleIds.map((id) => (
              <option key={id} value={id}>
                {id.toUpperCase()}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t.language}{" "}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="en">English</option>
            <option value="zh-CN">中文</option>
          </select>
        </label>
      </p>
      {flag !== undefined && (
        <section
          role="alert"
          data-testid="help"
          style={{ border: "2px solid #b3261e", padding: 12 }}
        >
          <strong>{t.helpHeading}</strong>
          <p>{t.help}</p>
        </section>
      )}
      {result === undefined ? (
        <Screening
          key={`${scale}:${run}`}
          scale={scale}
          locale={locale}
          onFlag={(event) => setFlag(event.flag)}
          onComplete={(state) => setResult(state.result)}
        />
      ) : (
        <>
          <ResultView result={result} locale={locale} />
          <button type="button" onClick={() => restart()}>
            {t.again}
          </button>
        </>
      )}
    </main>
  );
}
