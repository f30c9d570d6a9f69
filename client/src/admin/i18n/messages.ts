import en from './en.json';
import ru from './ru.json';

/**
 * The staff panel's texts, which live in the app's catalogues under `admin`. Each language is
 * checked to have exactly the other's keys: a string missing from either fails the type check.
 */
export const adminMessages = {
  en: en satisfies typeof ru,
  ru: ru satisfies typeof en,
};
