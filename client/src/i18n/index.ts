import { createI18n } from 'vue-i18n';
import en from './en.json';

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'townsquare.locale';

/**
 * English travels with the app (it is also the fallback); Russian is fetched when it is the
 * reader's language or chosen, so an English reader never downloads it. Each catalogue is checked
 * to have exactly the other's keys: a string missing from either language fails the type check.
 */
type Russian = typeof import('./ru.json');
const messages = { en: en satisfies Russian };
const catalogues: Record<Locale, () => Promise<typeof en>> = {
  en: () => Promise.resolve(en),
  ru: () => import('./ru.json').then((module) => module.default satisfies typeof en),
};
const loaded = new Map<Locale, Promise<void>>([['en', Promise.resolve()]]);

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function savedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The saved choice, else the browser's first language we speak, else English. */
function initialLocale(): Locale {
  const saved = savedLocale();
  if (saved) return saved;
  for (const language of navigator.languages ?? [navigator.language]) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/**
 * Russian plural forms: one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25…).
 * Messages give the forms in that order, separated by `|`.
 */
function russianPlural(choice: number, choicesLength: number): number {
  if (choicesLength < 3) return choice === 1 ? 0 : 1;
  const n = Math.abs(choice) % 100;
  const last = n % 10;
  if (n > 10 && n < 20) return 2;
  if (last === 1) return 0;
  if (last >= 2 && last <= 4) return 1;
  return 2;
}

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  // Russian is merged in by ensureLoaded before it ever becomes the locale.
  messages: messages as Record<Locale, typeof en>,
  pluralRules: { ru: russianPlural },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: import.meta.env.DEV,
});

function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  // Stored post HTML cannot carry words in every language: the stylesheet writes "said:" after a
  // quoted author's name from this.
  document.documentElement.style.setProperty('--quote-said', JSON.stringify(` ${i18n.global.t('post.quoteSaid', {}, { locale })}`));
}

/** Fetches a language's catalogue once (merged: the staff panel's texts may already be in it). */
function ensureLoaded(locale: Locale): Promise<void> {
  let loading = loaded.get(locale);
  if (!loading) {
    loading = catalogues[locale]().then((catalogue) => i18n.global.mergeLocaleMessage(locale, catalogue));
    loading.catch(() => loaded.delete(locale));
    loaded.set(locale, loading);
  }
  return loading;
}

/** Before the first render: the reader's language, its catalogue loaded (English if that fails). */
export async function startI18n(): Promise<void> {
  const locale = initialLocale();
  try {
    await ensureLoaded(locale);
    i18n.global.locale.value = locale;
  } catch {
    /* the catalogue could not be fetched: English, which is always here */
  }
  applyToDocument(i18n.global.locale.value as Locale);
}

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale;
}

/** Switches the interface language, remembers it on this device and updates `<html lang>`. */
export async function setLocale(locale: Locale): Promise<void> {
  await ensureLoaded(locale);
  i18n.global.locale.value = locale;
  applyToDocument(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this visit */
  }
}
