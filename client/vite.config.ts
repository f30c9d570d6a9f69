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
    rolldownOptions: {
      output: {
        // A first visit fetches a handful of files rather than thirty: the libraries every page
        // runs on (Vue, its router and i18n, the live connection) in one chunk, and the member
        // pages' shared helpers and components in another. Everything else (the editor, Markdown,
        // the charts, the staff panel) still loads with the page that uses it.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](vue|@vue|vue-router|vue-i18n|@intlify|socket\.io-client|engine\.io-client|engine\.io-parser|socket\.io-parser|@socket\.io)[\\/]/,
              priority: 20,
            },
            {
              name: 'app',
              test: (id: string) => /[\\/]client[\\/]src[\\/](lib|components|i18n|features[\\/]accounts)[\\/]/.test(id) && !/MarkdownEditor|use-mentions|[\\/]ru\.json/.test(id),
              priority: 10,
            },
          ],
        },
      },
    },
  },
}));
