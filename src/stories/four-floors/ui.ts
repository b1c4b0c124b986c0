// Every word of the interface in this edition: the kit's English words, with the story's own where
// they differ (its three reports).
import type { InterfaceCopy } from '../../kit/content/interfaceCopy.ts';
import { INTERFACE_EN } from '../../kit/content/interfaceWords.en.ts';
import { withInterface } from '../../kit/content/withInterface.ts';

export const UI: InterfaceCopy = withInterface(INTERFACE_EN, { sources: { reports: 'The three reports' } });
