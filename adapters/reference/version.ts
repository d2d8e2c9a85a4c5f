/** The reference engine's own version, shown in `GET /v1/meta` and in exports. */
export const ENGINE_VERSION = '0.1.0';
