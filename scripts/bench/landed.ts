import { Skip } from './types';

/**
 * Load a project module that another engineer may not have landed yet: a missing module (or a
 * missing module it imports) makes the figure skipped, not failed. Pass `() => import('…')`
 * so that the path stays relative to the caller and the module keeps its types.
 */
export async function importLanded<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Skip(`not landed yet: ${(error as Error).message.split('\n')[0]}`);
    }
    throw error;
  }
}
