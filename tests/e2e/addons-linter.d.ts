// The part of addons-linter's API the store tests use (the package ships no types).
declare module 'addons-linter' {
  export interface LintMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
  }
  export interface LintResult {
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintResult> };
  };
  export default linter;
}
