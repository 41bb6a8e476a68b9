import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { HELP, renderScreening, type ScreeningArgs } from "./scale-story";

// <psy-screening> in the states a host meets: resumed, flagged, under review, dark.
// All answers are synthetic.
const meta: Meta<ScreeningArgs> = {
  title: "States",
  component: "psy-screening",
  render: renderScreening,
};
export default meta;
type Story = StoryObj<ScreeningArgs>;

/** Resumed after four PHQ-9 items (the `answers` property). */
export const PartlyAnswered: Story = {
  args: { scale: "phq-9", lang: "en", answers: { phq9_1: 1, phq9_2: 2, phq9_3: 0, phq9_4: 1 } },
};

/** PHQ-9 item 9 answered above 0: the critical flag shows the host's help slot. */
export const CriticalFlagShowingHelp: Story = {
  args: { scale: "phq-9", lang: "en", help: HELP.en, answers: { phq9_1: 1, phq9_9: 2 } },
};

/** The same in Chinese. */
export const CriticalFlagShowingHelpZhCn: Story = {
  args: { scale: "phq-9", lang: "zh-CN", help: HELP["zh-CN"], answers: { phq9_9: 1 } },
};

/** A completed GAD-7 under review: answers shown, nothing can change. */
export const ReadOnlyReview: Story = {
  args: {
    scale: "gad-7",
    lang: "en",
    readonly: true,
    answers: { gad7_1: 1, gad7_2: 2, gad7_3: 1, gad7_4: 0, gad7_5: 3, gad7_6: 1, gad7_7: 2 },
  },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  args: { scale: "gad-7", lang: "zh-CN", theme: "dark", answers: { gad7_1: 2 } },
};

/** One question at a time, as on a phone. */
export const OnePerPage: Story = {
  args: { scale: "phq-9", lang: "zh-CN", "one-per-page": true },
};
