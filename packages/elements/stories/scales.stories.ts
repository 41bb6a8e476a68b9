import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { renderScreening, type ScreeningArgs, scaleStory } from "./scale-story";

// One story per scale in @psyscreen/scales, in en (storybook.browser.test.ts checks
// that every shipped scale has one).
const meta: Meta<ScreeningArgs> = {
  title: "Scales/en",
  component: "psy-screening",
  render: renderScreening,
};
export default meta;
type Story = StoryObj<ScreeningArgs>;

export const Asq: Story = scaleStory("asq", "en");
export const CesD: Story = scaleStory("ces-d", "en");
export const CesDc: Story = scaleStory("ces-dc", "en");
export const Dass21: Story = scaleStory("dass-21", "en");
export const Gad2: Story = scaleStory("gad-2", "en");
export const Gad7: Story = scaleStory("gad-7", "en");
export const K10: Story = scaleStory("k10", "en");
export const K6: Story = scaleStory("k6", "en");
export const Mht: Story = scaleStory("mht", "en");
export const Mssmhs: Story = scaleStory("mssmhs", "en");
export const Phq2: Story = scaleStory("phq-2", "en");
export const Phq9: Story = scaleStory("phq-9", "en");
export const PhqA: Story = scaleStory("phq-a", "en");
export const Pss10: Story = scaleStory("pss-10", "en");
export const Rses: Story = scaleStory("rses", "en");
export const ScaredChild: Story = scaleStory("scared-child", "en");
export const ScaredParent: Story = scaleStory("scared-parent", "en");
export const Scl90: Story = scaleStory("scl-90", "en");
export const Upi: Story = scaleStory("upi", "en");
export const Who5: Story = scaleStory("who-5", "en");
