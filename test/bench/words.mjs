// Vocabulary for generated topics and posts. Earlier words are picked more often (the generator
// skews towards the head of the list), so the first ones are "common words" for search, and the
// Russian words spread through the list give the Russian stemmer something to do.

export const WORDS = [
  'update', 'app', 'sync', 'battery', 'account', 'device', 'настройка', 'problem', 'settings', 'firmware',
  'works', 'help', 'phone', 'bluetooth', 'обновление', 'connection', 'error', 'version', 'screen', 'thanks',
  'after', 'again', 'issue', 'pairing', 'подключение', 'support', 'feature', 'release', 'android', 'iphone',
  'notification', 'backup', 'login', 'password', 'приложение', 'subscription', 'billing', 'invoice', 'export', 'import',
  'dashboard', 'widget', 'calendar', 'reminder', 'батарея', 'charging', 'cable', 'adapter', 'speaker', 'headphones',
  'microphone', 'camera', 'photo', 'video', 'ошибка', 'upload', 'download', 'storage', 'cloud', 'folder',
  'share', 'link', 'team', 'workspace', 'сообщество', 'member', 'invite', 'permission', 'admin', 'role',
  'profile', 'avatar', 'theme', 'dark', 'режим', 'light', 'mode', 'language', 'translation', 'keyboard',
  'shortcut', 'search', 'filter', 'sort', 'вопрос', 'report', 'chart', 'graph', 'metric', 'alert',
  'schedule', 'timezone', 'offline', 'online', 'сеть', 'network', 'wifi', 'router', 'signal', 'speed',
  'slow', 'fast', 'crash', 'freeze', 'перезагрузка', 'restart', 'reset', 'factory', 'warranty', 'repair',
  'replacement', 'order', 'shipping', 'delivery', 'доставка', 'refund', 'price', 'discount', 'coupon', 'plan',
  'trial', 'upgrade', 'downgrade', 'cancel', 'гарантия', 'renew', 'license', 'key', 'token', 'api',
  'webhook', 'integration', 'plugin', 'extension', 'браузер', 'browser', 'desktop', 'tablet', 'watch', 'tracker',
  'sensor', 'temperature', 'humidity', 'sleep', 'шаги', 'steps', 'heart', 'rate', 'workout', 'running',
  'cycling', 'swimming', 'goal', 'progress', 'статистика', 'history', 'data', 'privacy', 'security', 'encryption',
  'two-factor', 'code', 'email', 'sms', 'уведомление', 'message', 'chat', 'group', 'channel', 'thread',
  'reply', 'quote', 'mention', 'tag', 'камера', 'label', 'category', 'archive', 'delete', 'restore',
  'undo', 'redo', 'copy', 'paste', 'экран', 'print', 'scan', 'document', 'template', 'layout',
  'font', 'color', 'icon', 'button', 'кнопка', 'menu', 'toolbar', 'sidebar', 'panel', 'window',
  'tab', 'page', 'scroll', 'zoom', 'пароль', 'gesture', 'swipe', 'tap', 'voice', 'assistant',
  'automation', 'routine', 'scene', 'light-bulb', 'розетка', 'thermostat', 'doorbell', 'lock', 'hub', 'bridge',
  'zigbee', 'matter', 'homekit', 'alexa', 'помощь', 'google', 'beta', 'changelog', 'roadmap', 'suggestion',
  'vote', 'idea', 'meetup', 'webinar', 'конкурс', 'contest', 'winner', 'prize', 'feedback', 'survey',
];

/** Short openers for titles of questions. */
export const QUESTION_OPENERS = ['How do I', 'Why does', 'Can I', 'Is it possible to', 'What is the best way to', 'Как'];

/** Openers for titles of ideas (about a quarter Russian), followed by a few words of a sentence. */
export const IDEA_OPENERS = ['Add', 'Support', 'Allow', 'Option to', 'Please add', 'Improve', 'Better', 'Show', 'Добавить', 'Сделать', 'Улучшить'];

/** Tag names created for the benchmark community (tags must match ^[a-z0-9][a-z0-9-]*$). */
export const TAGS = ['setup', 'billing', 'bug', 'feature-request', 'mobile', 'api', 'integrations', 'performance', 'security', 'howto'];

/**
 * Search words for the search scenario: common ones (many thousands of matching posts), a couple
 * of Russian ones, and rarer ones from the tail of the list.
 */
export const SEARCH_WORDS = ['update', 'battery', 'firmware', 'bluetooth', 'settings', 'подключение', 'обновление', 'sync problem', 'pairing', 'export', 'wifi router', 'warranty', 'timezone', 'webhook'];
