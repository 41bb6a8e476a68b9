import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { renderScreening, type ScreeningArgs, scaleStory } from "./scale-story";

// One story per scale in @psyscreen/scales, in zh-CN (storybook.browser.test.ts checks
// that every shipped scale has one).
const meta: Meta<ScreeningArgs> = {
  title: "Scales/zh-CN",
  component: "psy-screening",
  render: renderScreening,
};
export default meta;
type Story = StoryObj<ScreeningArgs>;

export const Asq: Story = scaleStory("asq", "zh-CN");
export const CesD: Story = scaleStory("ces-d", "zh-CN");
export const CesDc: Story = scaleStory("ces-dc", "zh-CN");
export const Dass21: Story = scaleStory("dass-21", "zh-CN");
export const Gad2: Story = scaleStory("gad-2", "zh-CN");
export const Gad7: Story = scaleStory("gad-7", "zh-CN");
export const K10: Story = scaleStory("k10", "zh-CN");
export const K6: Story = scaleStory("k6", "zh-CN");
export const Mht: Story = scaleStory("mht", "zh-CN");
export const Mssmhs: Story = scaleStory("mssmhs", "zh-CN");
export const Phq2: Story = scaleStory("phq-2", "zh-CN");
export const Phq9: Story = scaleStory("phq-9", "zh-CN");
export const PhqA: Story = scaleStory("phq-a", "zh-CN");
export const Pss10: Story = scaleStory("pss-10", "zh-CN");
export const Rses: Story = scaleStory("rses", "zh-CN");
export const ScaredChild: Story = scaleStory("scared-child", "zh-CN");
export const ScaredParent: Story = scaleStory("scared-parent", "zh-CN");
export const Scl90: Story = scaleStory("scl-90", "zh-CN");
export const Upi: Story = scaleStory("upi", "zh-CN");
export const Who5: Story = scaleStory("who-5", "zh-CN");
