import type { Locale } from "@psyscreen/core";

/** A time as a reader reads it: date and minutes in the school's zone (UTC+8). */
export function showTime(time: string, locale: Locale): string {
  return new Date(time).toLocaleString(locale === "zh-CN" ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  });
}
