import { computed, shallowRef } from 'vue';
import {
  AdminCreateWatchedWordDocument,
  AdminDeleteWatchedWordDocument,
  AdminWatchedWordsDocument,
  type AdminWatchedWordFragment,
  type WatchedWordAction,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

export type WatchedWord = AdminWatchedWordFragment;
export const WATCHED_ACTIONS: WatchedWordAction[] = ['BLOCK', 'REQUIRE_APPROVAL', 'FLAG', 'CENSOR'];

/** Watched words: the list (alphabetical), adding one with its action, and removing one. */
export function useWatchedWords() {
  const { data, loading, error, refetch } = useQuery(AdminWatchedWordsDocument);
  /** Changes made here, shown at once while the list is not reloaded. */
  const added = shallowRef<WatchedWord[]>([]);
  const removed = shallowRef<ReadonlySet<string>>(new Set());

  const words = computed((): WatchedWord[] | null => {
    const loaded = data.value?.watchedWords;
    if (!loaded) return null;
    const known = new Set(loaded.map((w) => w.id));
    return [...loaded, ...added.value.filter((w) => !known.has(w.id))]
      .filter((w) => !removed.value.has(w.id))
      .sort((a, b) => a.word.localeCompare(b.word));
  });

  return {
    words,
    loading,
    error,
    refetch,
    async add(word: string, action: WatchedWordAction): Promise<WatchedWord> {
      const { createWatchedWord } = await request(AdminCreateWatchedWordDocument, { word, action });
      added.value = [...added.value, createWatchedWord];
      return createWatchedWord;
    },
    async remove(word: WatchedWord): Promise<void> {
      await request(AdminDeleteWatchedWordDocument, { id: word.id });
      removed.value = new Set([...removed.value, word.id]);
    },
  };
}
