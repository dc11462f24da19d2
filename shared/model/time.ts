/**
 * Times of day along a meeting. A meeting may go on past midnight, but lasts at most MAX_MEETING_MINUTES: so every
 * time of day has one place in it (a 17:30 meeting cannot end at 08:00, and a movement at 17:10 is before its start).
 */
export const MAX_MEETING_MINUTES = 12 * 60;

const DAY_MINUTES = 24 * 60;

/** "17:51" → 1071 (times are "HH:MM", TimeSchema). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Minutes from the start of the meeting to `time`, a time before the start counting as the next day. */
export function minutesSinceStart(startTime: string, time: string): number {
  return (minutesOf(time) - minutesOf(startTime) + DAY_MINUTES) % DAY_MINUTES;
}
