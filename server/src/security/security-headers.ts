import type { Server } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/config.js';

type Directives = Record<string, string[]>;

/** No page of ours leaks its path to other sites; they still learn which community a visitor came from. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The policy of the client's pages and files (and of every API answer, which no browser should
 * render anyway). Vite emits no inline script or style, and Vue sets `:style` bindings through
 * the CSSOM, which style-src does not govern; so neither scripts nor styles need 'unsafe-inline'.
 */
export function clientDirectives(publicUrl: string): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    // data: for the inline favicon and the stylesheet's SVG icons; posts may show images from any
    // web address (the Markdown URL policy allows http and https), and an image cannot run code.
    'img-src': ["'self'", 'data:', 'https:', 'http:'],
    'font-src': ["'self'"],
    // Current browsers count same-origin ws:/wss: as 'self'; older ones need the live channel's origin spelled out.
    'connect-src': ["'self'", websocketOrigin(publicUrl)],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/**
 * The policy of a served page: the client's, plus the hashes of the inline theme script and
 * stylesheets the page carries (see `PageTemplate`). Only those exact blocks run or apply; any
 * other inline script or style is still refused.
 */
export function pagePolicy(publicUrl: string, inline: { script: string[]; style: string[] }): string {
  const directives = clientDirectives(publicUrl);
  directives['script-src'] = [...directives['script-src']!, ...inline.script];
  directives['style-src'] = [...directives['style-src']!, ...inline.style];
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join(';');
}

/**
 * Uploaded files are shown as images only. Should one ever be opened as a document (an SVG, or a
 * file a browser sniffs as HTML despite nosniff), it may load nothing and run nothing, in an
 * origin of its own. Inline styles stay allowed: the browser's own viewer of an image opened in a
 * tab styles it that way, and CSS alone can neither run code nor, with nothing to load, send data.
 */
export const UPLOAD_DIRECTIVES: Directives = { 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], sandbox: [] };

const APOLLO_LANDING_CDN = 'https://apollo-server-landing-page.cdn.apollographql.com';
const APOLLO_SCRIPT_CDNS = [APOLLO_LANDING_CDN, 'https://embeddable-sandbox.cdn.apollographql.com', 'https://embeddable-explorer.cdn.apollographql.com'];

/**
 * The Apollo Sandbox page (GET /graphql for a browser, outside production). Its inline scripts
 * carry a nonce that Apollo makes per request and states in the page's own <meta> policy, which
 * the browser enforces as well; this header can only stay out of its way ('unsafe-inline' here
 * still leaves un-nonced scripts blocked by that meta policy) while keeping everything else shut.
 */
export const SANDBOX_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...APOLLO_SCRIPT_CDNS],
  'style-src': ["'self'", "'unsafe-inline'", ...APOLLO_SCRIPT_CDNS, 'https://fonts.googleapis.com'],
  'font-src': ["'self'", 'https://fonts.gstatic.com'],
  'img-src': ["'self'", 'data:', APOLLO_LANDING_CDN],
  'manifest-src': ["'self'", APOLLO_LANDING_CDN],
  'frame-src': ['https://sandbox.embed.apollographql.com', 'https://explorer.embed.apollographql.com'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** ws://host for an http:// public URL, wss://host for https://. */
function websocketOrigin(publicUrl: string): string {
  const url = new URL(publicUrl);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

/** Whether Apollo answers this request with its Sandbox page rather than with GraphQL. */
function asksForSandbox(req: Request): boolean {
  return req.method === 'GET' && /^\/graphql\/?$/.test(req.path) && req.accepts(['application/json', 'text/html']) === 'text/html';
}

function withPolicy(directives: Directives, resourcePolicy: 'same-origin' | 'cross-origin' = 'same-origin'): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: resourcePolicy },
    referrerPolicy: { policy: REFERRER_POLICY },
    xContentTypeOptions: true,
    xFrameOptions: { action: 'deny' },
    // TLS ends at the operator's reverse proxy, which is where HSTS belongs.
    strictTransportSecurity: false,
  });
}

/**
 * Security headers on every answer Express gives: a strict Content-Security-Policy for the client
 * and the API, a stricter one under /uploads/ (errors included), and nosniff, a referrer policy
 * and anti-framing headers throughout.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const forClient = withPolicy(clientDirectives(config.publicUrl));
  // Uploads are public to anyone with the link, including pages elsewhere that show them.
  const forUploads = withPolicy(UPLOAD_DIRECTIVES, 'cross-origin');
  // Mirrors the app module, which serves the Sandbox page everywhere but in production.
  const forSandbox = config.env === 'production' ? null : withPolicy(SANDBOX_DIRECTIVES);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/uploads/')) return forUploads(req, res, next);
    if (forSandbox && asksForSandbox(req)) return forSandbox(req, res, next);
    return forClient(req, res, next);
  };
}

/**
 * socket.io answers its long-polling requests itself, before Express sees them, so the headers
 * that every response must carry are also set on the HTTP server. socket.io takes over the
 * server's request listeners when the app initialises, which is before it listens: a listener
 * put first once the server listens runs ahead of socket.io for every request.
 */
export function baseHeadersOnEveryResponse(server: Server): void {
  let added = false;
  server.on('listening', () => {
    if (added) return;
    added = true;
    server.prependListener('request', (_req, res) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', REFERRER_POLICY);
    });
  });
}
