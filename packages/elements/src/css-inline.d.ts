// A stylesheet imported as text (Vite's `?inline`; tsup.config.ts loads it the same way).
declare module "*.css?inline" {
  const css: string;
  export default css;
}
