import { createApp } from 'vue';
import App from './App.vue';
import { startSession } from './features/accounts/use-session';
import { i18n } from './i18n';
import { router } from './router';
import './styles.css';

startSession();

createApp(App).use(i18n).use(router).mount('#app');
