import { createPlumblineClient } from '../index.js';
const c = createPlumblineClient({ baseUrl: 'x' });
void c.GET('/v1/flags', { params: { query: { status: 'pending' } } });
