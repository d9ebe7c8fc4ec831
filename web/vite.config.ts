// Builds the web app into web/dist (the gateway serves it at /); the dev server forwards the API to the gateway.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const GATEWAY = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [vue()],
  define: {
    // vue-i18n's bundler build asks for these flags; the JIT message compiler needs no eval (the CSP forbids it).
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/graphql': GATEWAY,
      '/auth': GATEWAY,
    },
  },
});
