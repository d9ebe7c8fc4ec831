import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import App from './App.vue';
import { createApolloClient } from './apollo';
import { i18n, currentLocale } from './i18n';
import { createAppRouter } from './router';
import './styles/main.css';
import './styles/work.css';

document.documentElement.lang = currentLocale();

createApp(App).provide(DefaultApolloClient, createApolloClient()).use(i18n).use(createAppRouter()).mount('#app');
