// Fault injection for the resilience tests: throws while rendering when a test's init script has
// named this scene in `window.__storyFaultInjection`. Nothing in the URL or the page can set it.
//   <FaultProbe sceneName="rescue" />
declare global {
  interface Window {
    __storyFaultInjection?: { failScene?: string };
  }
}

export function FaultProbe({ sceneName }: { sceneName: string }) {
  if (typeof window !== 'undefined' && window.__storyFaultInjection?.failScene === sceneName) {
    throw new Error(`Injected failure in the "${sceneName}" scene`);
  }
  return null;
}
