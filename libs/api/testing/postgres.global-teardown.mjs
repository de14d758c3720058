import { stopTestPostgres } from './postgres.global-setup.mjs';

export default stopTestPostgres;
