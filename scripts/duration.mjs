// A run's time as the test report prints it: whole minutes and seconds, rounded to the second first,
// so a time a breath short of a minute reads "1 min 00 s", never "0 min 60 s".
//   minutesAndSeconds(1_739_600) // "29 min 00 s"
export function minutesAndSeconds(ms) {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
