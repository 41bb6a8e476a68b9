/// <reference lib="dom" />
import type { Answers } from "@psyscreen/core";
import type { ItemAnswers } from "@psyscreen/survey";

/**
 * Where `persist="local"` keeps a respondent's progress: the `persist-key` attribute, else
 * `psyscreen:<scale id>`; undefined when the element does not persist.
 */
export function progressKey(element: Element, scaleId: string | undefined): string | undefined {
  if (element.getAttribute("persist") !== "local") return undefined;
  return element.getAttribute("persist-key") ?? `psyscreen:${scaleId ?? "custom"}`;
}

/** Keeps answers under `key` in localStorage (nothing when `key` is undefined). */
export function saveProgress(key: string | undefined, answers: ItemAnswers): void {
  if (key !== undefined) localStorage.setItem(key, JSON.stringify(answers));
}

/** The answers kept under `key`, or undefined when there are none or they do not parse. */
export function loadProgress(key: string | undefined): Answers | undefined {
  const saved = key === undefined ? null : localStorage.getItem(key);
  if (saved === null) return undefined;
  try {
    return JSON.parse(saved) as Answers;
  } catch {
    return undefined;
  }
}

/** Forgets the answers kept under `key`. */
export function clearProgress(key: string | undefined): void {
  if (key !== undefined) localStorage.removeItem(key);
}
