/** The Statuspage-compatible API v2: summary.json, status.json, components.json, incidents… */
import type { APIContext } from 'astro';
import { apiResponse } from '../../../site/site-outputs.ts';
import { API_FILES, type ApiFile } from '../../../outputs/statuspage-api.ts';

export const getStaticPaths = () => API_FILES.map((file) => ({ params: { file } }));
export const GET = ({ params }: APIContext) => apiResponse(params.file as ApiFile);
