/** First-run setup is open only while the platform has no administrator, and never in demo mode (it seeds one). */
export function setupOpen(input: { platformAdminExists: boolean; demo: boolean }): boolean {
  return !input.platformAdminExists && !input.demo;
}
