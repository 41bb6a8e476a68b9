import type { Locale, ScaleResult } from "@psyscreen/react";
import { STRINGS } from "./strings";

/** A scored result: each score with its band, and the flags raised. */
export function ResultView({ result, locale }: { result: ScaleResult; locale: Locale }) {
  const t = STRINGS[locale];
  return (
    <section data-testid="result">
      <h2>{t.result}</h2>
      <dl>
        {Object.entries(result.scores).map(([id, score]) => (
          <div key={id}>
            <dt>
              {t.score} <code>{id}</code>
            </dt>
            <dd data-score={id}>
              {score.value ?? "—"}
              {score.bandLabel !== undefined && ` (${score.bandLabel})`}
            </dd>
          </div>
        ))}
      </dl>
      <p>
        {t.flags}: {result.flags.map((f) => f.message).join("; ") || t.none}
      </p>
    </section>
  );
}
