/**
 * moment-business-time works in the process's local zone only. The benchmark runs the process in
 * UTC, set here before moment is loaded (import this module first), and compares it with our
 * arithmetic on calendars whose zone is UTC. Our functions take the zone from the calendar and
 * do not depend on the process zone.
 */
process.env.TZ = 'UTC';

export const PROCESS_ZONE = 'UTC';
