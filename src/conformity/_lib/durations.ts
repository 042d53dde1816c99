/** A duration in minutes for a message: `90 minutes`, `4 hours`, `2 days 6 hours`. */
export function minutesText(minutes: number): string {
  if (minutes < 120 && minutes % 60 !== 0) return `${minutes} minutes`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days > 0 ? `${days} day${days === 1 ? "" : "s"}` : "", hours > 0 ? `${hours} hour${hours === 1 ? "" : "s"}` : "", rest > 0 ? `${rest} minutes` : ""].filter((p) => p !== "");
  return parts.length === 0 ? "0 minutes" : parts.join(" ");
}
