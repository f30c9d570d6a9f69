import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

/**
 * The client is built into dist/, which the server serves with a history fallback on the same
 * origin as /graphql and /socket.io; there is no separate dev server to proxy through.
 */
export default defineConfig(({ mode }) => ({
  plugins: [vue()],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: mode === 'development',
    minify: mode !== 'development',
    target: 'es2022',
  },
}));
