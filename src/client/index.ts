/** Entry point for client apps: `import { createPlumblineClient } from '@plumbline/plumbline/client'`. */
export { createPlumblineClient, type PlumblineClient, type PlumblineClientOptions } from './client.js';
export type { paths, components, operations } from './plumbline.v1.js';
