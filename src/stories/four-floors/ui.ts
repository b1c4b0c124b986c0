// Every word of the interface in this edition: the kit's English words, with the story's own where
// they differ (its three reports).
import type { InterfaceWords } from '../../kit/content/interfaceWords.ts';
import { INTERFACE_EN } from '../../kit/content/interfaceWords.en.ts';
import { withInterface } from '../../kit/content/withInterface.ts';

export const UI: InterfaceWords = withInterface(INTERFACE_EN, { sources: { reports: 'The three reports' } });
