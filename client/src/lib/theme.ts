import { computed, readonly, ref } from 'vue';

/** What a person picked: follow the system's setting, or always light, or always dark. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

/** Also read by public/theme.js, which applies the theme before the first paint. */
const STORAGE_KEY = 'townsquare.theme';
const systemDark = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function savedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

const choice = ref<ThemeChoice>(savedChoice());
const systemTheme = ref<Theme>(systemDark?.matches ? 'dark' : 'light');
const theme = computed<Theme>(() => (choice.value === 'system' ? systemTheme.value : choice.value));

function apply(): void {
  document.documentElement.dataset.theme = theme.value;
}

// The system's setting can change while the page is open (an evening schedule): follow it.
systemDark?.addEventListener('change', (event) => {
  systemTheme.value = event.matches ? 'dark' : 'light';
  apply();
});
apply();

/** Chooses the theme, applies it at once and remembers it on this device ("system" forgets the choice). */
function setThemeChoice(next: ThemeChoice): void {
  choice.value = next;
  try {
    if (next === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, next);
  } catch {
    /* private mode: the choice lasts for this visit */
  }
  apply();
}

/** The colour theme: the choice, the theme in effect, and a way to choose. */
export function useTheme() {
  return { choice: readonly(choice), theme, setThemeChoice };
}

/** The value of a colour token (e.g. `--chart-current`) in the theme now in effect, for canvases that CSS cannot colour. */
export function themeColor(token: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(token).trim();
}
