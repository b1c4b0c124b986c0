// The types of what the reactions scene draws: how much of the feed each step shows, and the feed.
import type { QuoteId } from '../../ids.ts';

export interface ReactionsPicture {
  /** How many posts of the feed are visible (from the first). */
  postsShown: number;
}

/** One post or headline in the feed: who posted, and which quote it shows. */
export interface FeedPost {
  /** Who posted or wrote it: an account, or one of the reports. */
  poster: string;
  /** The handle or kind of item, as the report gives it. */
  meta: string;
  quoteId: QuoteId;
}

export interface ReactionsSceneWords {
  /** The posts and headlines, oldest first. */
  feed: readonly FeedPost[];
}
