import { ref } from 'vue';

/** The current time, refreshed every 30 seconds, so relative times ("5 min. ago") stay right. */
const now = ref(Date.now());
let timer: ReturnType<typeof setInterval> | null = null;
let users = 0;

export function useNow() {
  return {
    now,
    start(): void {
      users += 1;
      if (!timer) {
        now.value = Date.now();
        timer = setInterval(() => (now.value = Date.now()), 30_000);
      }
    },
    stop(): void {
      users = Math.max(0, users - 1);
      if (users === 0 && timer) {
        clearInterval(timer);
        timer = null;
      }
    },
  };
}
