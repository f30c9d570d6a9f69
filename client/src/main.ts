import { createApp } from 'vue';
import App from './App.vue';
import { startSession } from './features/accounts/use-session';
import { i18n, startI18n } from './i18n';
import { nextTask } from './lib/scheduling';
import { router } from './router';
import './styles.css';

startSession();

// The page the server sent is already on screen; the app replaces it in steps short enough that
// a tap in between is answered: the scripts' start, the first navigation, the shell, then the
// page (App.vue).
void startI18n()
  .then(nextTask)
  .then(() => createApp(App).use(i18n).use(router))
  .then(async (app) => {
    await nextTask();
    app.mount('#app');
  });
