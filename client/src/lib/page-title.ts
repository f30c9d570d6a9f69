import { onBeforeUnmount, ref, watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { useCommunity } from '../features/community/use-community';

/** A title a page sets from what it loaded (a topic's title, a category's name). */
const pageTitle = ref<string | null>(null);

/** Keeps `document.title` as "Page · Community", or the community's name alone on the home page. */
export function usePageTitle(): void {
  const { t } = useI18n();
  const route = useRoute();
  const { community } = useCommunity();
  watchEffect(() => {
    const name = community.value?.name ?? t('app.communityFallback');
    const page = pageTitle.value ?? (route.meta.title ? t(route.meta.title) : null);
    document.title = page ? `${page} · ${name}` : name;
  });
}

/**
 * Names the page after what it shows, while it is mounted: `title()` returns the text, or null
 * while it is not known yet (the route's own title shows meanwhile).
 */
export function useDynamicTitle(title: () => string | null): void {
  const stop = watchEffect(() => {
    pageTitle.value = title();
  });
  onBeforeUnmount(() => {
    stop();
    pageTitle.value = null;
  });
}
