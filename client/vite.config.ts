import { baseCompile } from '@intlify/message-compiler';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

/** The interface's message catalogues: `src/i18n/<locale>.json` and `src/admin/i18n/<locale>.json`. */
const CATALOGUE = /[\\/]src[\\/](?:admin[\\/])?i18n[\\/][a-z]{2}\.json$/;

/** Each message of a catalogue as the syntax tree vue-i18n would otherwise parse it into in the browser. */
function compileCatalogue(tree: unknown, key: string): unknown {
  if (typeof tree === 'string') {
    const { ast } = baseCompile(tree, {
      jit: true,
      location: false,
      // Short property names, which vue-i18n's message runtime reads as well as the long ones.
      minify: true,
      onError: (error) => {
        throw new Error(`message "${key}" does not parse: ${error.message}`);
      },
    });
    // The key under which vue-i18n keeps the message's compiled function once it has made it.
    return { ...ast, cacheKey: key };
  }
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([name, value]) => [name, compileCatalogue(value, `${key}.${name}`)]));
  }
  return tree;
}

/**
 * Parses the messages when the client is built rather than when a page first shows them: a first
 * render spent a tenth of its time in vue-i18n's message parser. The catalogue stays JSON (Vite's
 * JSON handling makes it a module as before), with each string replaced by its syntax tree.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'townsquare:precompiled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      const catalogue = id.replace(/^.*[\\/]src[\\/]/, '').replace(/\.json$/, '');
      return { code: JSON.stringify(compileCatalogue(JSON.parse(code), catalogue)), map: null };
    },
  };
}

/**
 * The client is built into dist/, which the server serves with a history fallback on the same
 * origin as /graphql and /socket.io; there is no separate dev server to proxy through.
 */
export default defineConfig(({ mode }) => ({
  plugins: [precompiledMessages(), vue()],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // Every message arrives compiled (precompiledMessages), so the browser never needs the parser.
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
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
        // runs on (Vue, its router and i18n) in one chunk, and the member
        // pages' shared helpers and components in another. Everything else (the live connection's
        // client, the editor, Markdown, the charts, the staff panel) loads when it is first used.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](vue|@vue|vue-router|vue-i18n|@intlify)[\\/]/,
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
