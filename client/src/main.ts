import { createApp } from 'vue';
import App from './App.vue';
import { startSession } from './features/accounts/use-session';
import { i18n, startI18n } from './i18n';
import { router } from './router';
import './styles.css';

startSession();

void startI18n().then(() => createApp(App).use(i18n).use(router).mount('#app'));
