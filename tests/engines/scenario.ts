// What a shared scenario is, and what the runner hands it.
//   export const SCENARIOS: Scenario[] = [{ name: 'walk', run: async (context) => { … } }];
import type { HostServer } from '../helpers/hostServer.ts';
import type { Engine, EnginePage, PageOptions } from './driver.ts';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface ScenarioContext {
  engine: Engine;
  /** The story's origin (localhost); the host page is on another (127.0.0.1). */
  storyOrigin: string;
  host: HostServer;
  /** Opens a page that the runner checks for console errors and foreign requests, then closes. */
  openPage: (options: PageOptions) => Promise<EnginePage>;
  /** Saves a screenshot under the run's screenshot folder, when one was asked for (ENGINE_SHOTS). */
  screenshot: (page: EnginePage, name: string) => Promise<void>;
  /** Prints a line under the scenario, named by its engine. */
  log: (text: string) => void;
}

export interface Scenario {
  name: string;
  /** Why this engine cannot run the scenario (a capability its driver lacks), if it cannot. */
  skipReason?: (engine: Engine) => string | undefined;
  run: (context: ScenarioContext) => Promise<void>;
}
