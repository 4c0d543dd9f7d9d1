import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  console.info('Agenda Lens background started');
});
