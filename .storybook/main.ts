import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../data', to: '/data' }],
  async viteFinal(config) {
    // Workspace packages resolve to their TypeScript sources through the "source" export condition.
    config.resolve ??= {};
    config.resolve.conditions = ['source', ...defaultClientConditions];
    return config;
  },
};
export default config;
