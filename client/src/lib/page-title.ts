import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import { useCommunity } from '../features/community/use-community';

/** Keeps `document.title` as "Page · Community", or the community's name alone on the home page. */
export function usePageTitle(): void {
  const { t } = useI18n();
  const route = useRoute();
  const { community } = useCommunity();
  watchEffect(() => {
    const name = community.value?.name ?? t('app.communityFallback');
    const page = route.meta.title ? t(route.meta.title) : null;
    document.title = page ? `${page} · ${name}` : name;
  });
}
