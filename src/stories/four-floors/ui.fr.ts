// Every word of the interface in the French edition: the kit's French words, with the story's own
// where they differ (its three reports, each an « Article », elided after « de »).
import type { InterfaceWords } from '../../kit/content/interfaceWords.ts';
import { INTERFACE_FR } from '../../kit/content/interfaceWords.fr.ts';
import { withInterface } from '../../kit/content/withInterface.ts';

export const UI_FR: InterfaceWords = withInterface(INTERFACE_FR, {
  sources: { reports: 'Les trois articles', quotations: 'Les {count} citations que nous tirons de l’{report}' },
});
